package com.creditwb.workbench.statement;

import java.time.LocalDate;

/** The period is already held and the user did not choose to replace it. */
public class PeriodExistsException extends RuntimeException {

    private final LocalDate periodEnd;

    public PeriodExistsException(LocalDate periodEnd) {
        super("statements for " + periodEnd + " exist");
        this.periodEnd = periodEnd;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }
}
