package com.creditwb.workbench.relationship.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Which tasks a "due" filter keeps, on a given day: OVERDUE (before today), TODAY, WEEK (from today to the end of this
 * week, Sunday), or ALL open ones. Plain Java.
 */
public enum TaskDue implements com.creditwb.workbench.common.i18n.Labelled {
    OVERDUE, TODAY, WEEK, ALL;

    @Override
    public String messageKey() {
        return "task.due." + name();
    }

    public boolean keeps(LocalDate due, LocalDate today) {
        return switch (this) {
            case OVERDUE -> due.isBefore(today);
            case TODAY -> due.equals(today);
            case WEEK -> !due.isBefore(today) && !due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case ALL -> true;
        };
    }
}
