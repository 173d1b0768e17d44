package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.common.i18n.Labelled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Something a credit manager should act on for a customer, with the figures behind it: open exposure, the
 * limit in force (with the last day of a temporary one), the excess over it and the days the oldest item is overdue (null where the list has none). {@code args}
 * format the type's detail message.
 */
public record Alert(Type type, Long customerId, String customerCode, String customerName, String owner, LocalDate date,
        BigDecimal open, BigDecimal limit, LocalDate limitUntil, Integer daysOverdue, List<Object> args) {

    public enum Type implements Labelled {
        /** Open items above an approved limit. */
        LIMIT_EXCEEDED,
        /** Amounts still open although no credit is granted (refused: limit 0, or no decision at all). */
        NO_CREDIT_OPEN,
        REVIEW_OVERDUE, REVIEW_DUE, OVERDUE_ITEMS, STATEMENTS_NEWER;

        @java.lang.Override
        public String messageKey() {
            return "alert.type." + name();
        }

        public String detailKey() {
            return "alert.detail." + name();
        }
    }

    /** Open exposure above the limit (null when within it or without figures). */
    public BigDecimal excess() {
        if (open == null || limit == null || open.compareTo(limit) <= 0) {
            return null;
        }
        return open.subtract(limit);
    }
}
