package com.creditwb.workbench.common;

import com.creditwb.workbench.common.i18n.Messages;
import java.util.Objects;

/**
 * Someone else saved the record after the caller read it; nothing was overwritten (HTTP 409).
 *
 * <p>The one optimistic-locking style: the version the user read travels with every save and delete and
 * is compared with the stored one before anything is written ({@link #unlessSame}); JPA's {@code @Version}
 * check at the write is the backstop for a save in between ({@link #of}). Both say the same thing to the
 * user, under one message key.
 */
public class ConcurrentEditException extends RuntimeException {

    /** The message every stale save is answered with. */
    public static final String MESSAGE_KEY = "error.concurrentEdit";

    public ConcurrentEditException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refuses a save whose version read ({@code read}; null for a record the user saw as new) is not the stored one. */
    public static void unlessSame(Long stored, Long read, Messages messages) {
        if (!Objects.equals(stored, read)) {
            throw conflict(messages);
        }
    }

    /** The refusal for a record that is gone or changed since the user read it. */
    public static ConcurrentEditException conflict(Messages messages) {
        return new ConcurrentEditException(messages.get(MESSAGE_KEY), null);
    }

    /** The refusal for a write that JPA found stale (or a unique key taken in between). */
    public static ConcurrentEditException of(Throwable cause, Messages messages) {
        return new ConcurrentEditException(messages.get(MESSAGE_KEY), cause);
    }
}
