package com.creditwb.workbench.collection.domain;

import com.creditwb.workbench.common.i18n.Labelled;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promise to pay (付款承诺) as the clock and the payments decide it, never by hand: KEPT once the payments made from
 * the day it was given up to its date cover the amount; PENDING until its date passes; then PARTLY_KEPT when some was
 * paid by its date, else BROKEN. Plain Java.
 */
public enum PromiseState implements Labelled {
    PENDING, KEPT, PARTLY_KEPT, BROKEN;

    /**
     * @param promised the amount promised
     * @param due the day the money was promised by (its last day)
     * @param paidByDue the payments counted for it, dated from the day it was given up to {@code due}
     * @param today today by the service's clock
     */
    public static PromiseState of(BigDecimal promised, LocalDate due, BigDecimal paidByDue, LocalDate today) {
        if (paidByDue.compareTo(promised) >= 0) {
            return KEPT;
        }
        if (!today.isAfter(due)) {
            return PENDING;
        }
        return paidByDue.signum() > 0 ? PARTLY_KEPT : BROKEN;
    }

    /** Whether the promise was due and not kept in full (it counts against the customer). */
    public boolean failed() {
        return this == PARTLY_KEPT || this == BROKEN;
    }

    @Override
    public String messageKey() {
        return "collection.promise.state." + name();
    }
}
