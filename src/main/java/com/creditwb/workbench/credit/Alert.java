package com.creditwb.workbench.credit;

import com.creditwb.workbench.common.i18n.Labelled;
import java.time.LocalDate;
import java.util.List;

/** Something a credit manager should act on for a customer. {@code args} format the type's detail message. */
public record Alert(Type type, Long customerId, String customerCode, String customerName, LocalDate date, List<Object> args) {

    public enum Type implements Labelled {
        LIMIT_EXCEEDED, REVIEW_OVERDUE, REVIEW_DUE, OVERDUE_ITEMS, STATEMENTS_NEWER;

        @java.lang.Override
        public String messageKey() {
            return "alert.type." + name();
        }

        public String detailKey() {
            return "alert.detail." + name();
        }
    }
}
