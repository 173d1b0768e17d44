package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;

/** The written reason a credit decision carries (a release, a rejection, an escalation, a limit request or its refusal). */
public final class DecisionReason {

    public static final int MAX = 1000;

    private DecisionReason() {
    }

    /** The reason stripped; a {@link ValidationException} on field {@code reason} when it is blank, too long or not plain text. */
    public static String required(String reason, Messages messages) {
        if (reason == null || reason.isBlank() || reason.length() > MAX || !PlainText.isPlainMultiline(reason)) {
            throw ValidationException.of("reason", messages.get("document.error.reason"));
        }
        return reason.strip();
    }

    /** As {@link #required}, but null when none is given. */
    public static String optional(String reason, Messages messages) {
        return reason == null || reason.isBlank() ? null : required(reason, messages);
    }
}
