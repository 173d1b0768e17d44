package com.creditwb.workbench.common.excel;

/** The user already has as many workbooks being read as {@link ImportGate} allows: try again in a moment (429). */
public class ImportBusyException extends ExcelException {

    public ImportBusyException(int perUser) {
        super(ExcelProblem.of("busy", perUser));
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
