package com.creditwb.workbench.common.excel;

import java.util.List;

/** A workbook that cannot be read at all: the problems say why, nothing was taken from it. */
public class ExcelException extends RuntimeException {

    private final transient List<ExcelProblem> problems;

    public ExcelException(ExcelProblem problem) {
        this(List.of(problem), null);
    }

    public ExcelException(ExcelProblem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public ExcelException(List<ExcelProblem> problems, Throwable cause) {
        super(problems.isEmpty() ? "workbook problem" : problems.get(0).code(), cause);
        this.problems = List.copyOf(problems);
    }

    public List<ExcelProblem> problems() {
        return problems;
    }

    /** The answer the API gives: 422, the file cannot be taken; 429 for {@link ImportBusyException}. */
    public int httpStatus() {
        return 422;
    }
}
