package com.creditwb.workbench.common.excel;

import java.util.List;

/**
 * One thing wrong with an uploaded workbook, where it is (sheet and cell when known) and a message
 * key ({@code excel.<code>} or a feature's own) with its arguments, translated where it is shown.
 */
public record ExcelProblem(String sheet, String cell, String code, List<Object> args) {

    public ExcelProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static ExcelProblem of(String code, Object... args) {
        return new ExcelProblem(null, null, code, List.of(args));
    }

    public static ExcelProblem at(String sheet, String cell, String code, Object... args) {
        return new ExcelProblem(sheet, cell, code, List.of(args));
    }

    /** The message key: codes are keys under {@code excel.}. */
    public String messageKey() {
        return "excel." + code;
    }
}
