package com.creditwb.workbench.common.excel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How many workbooks are read at once: two per user and, over all users, as many as the machine has cores (at least
 * two). One more is refused at once with {@link ImportBusyException} (a 429 in the API, a message on the page) rather
 * than queued, so five uploads of a hostile file by one user never stall the others.
 */
final class ImportGate {

    static final int PER_USER = 2;
    static final int TOTAL = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final ConcurrentHashMap<String, AtomicInteger> BY_USER = new ConcurrentHashMap<>();
    private static final AtomicInteger ALL = new AtomicInteger();

    private ImportGate() {
    }

    /** Takes a place for the current user, or refuses; the caller gives it back with {@link #leave} in a finally. */
    static String enter() {
        String user = currentUser();
        AtomicInteger mine = BY_USER.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > PER_USER) {
            release(user);
            throw new ImportBusyException(PER_USER);
        }
        if (ALL.incrementAndGet() > TOTAL) {
            ALL.decrementAndGet();
            release(user);
            throw new ImportBusyException(PER_USER);
        }
        return user;
    }

    static void leave(String user) {
        ALL.decrementAndGet();
        release(user);
    }

    private static void release(String user) {
        BY_USER.computeIfPresent(user, (u, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
