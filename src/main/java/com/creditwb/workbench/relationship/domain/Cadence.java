package com.creditwb.workbench.relationship.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Follow-up cadence (定期回访): a customer is due for contact its interval after the last contact, and at once when never
 * contacted; its interval is the shorter of its key-account tier's and its relationship level's (none: no cadence).
 * The example intervals (platinum a month, gold a quarter) are the issue's; the rest are ours. Plain Java.
 */
public final class Cadence {

    private Cadence() {
    }

    /** The shorter of two intervals in days, either of which may be missing. */
    public static Optional<Integer> interval(Integer byTier, Integer byLevel) {
        if (byTier == null) {
            return Optional.ofNullable(byLevel);
        }
        return Optional.of(byLevel == null ? byTier : Math.min(byTier, byLevel));
    }

    /** When the next contact is due: the interval after the last one, or today when there was none. */
    public static LocalDate dueOn(LocalDate lastContact, int intervalDays, LocalDate today) {
        return lastContact == null ? today : lastContact.plusDays(intervalDays);
    }
}
