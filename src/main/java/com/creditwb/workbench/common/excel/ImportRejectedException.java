package com.creditwb.workbench.common.excel;

import com.creditwb.workbench.common.excel.ExcelProblem;
import java.util.List;

/** The draft has problems (checks failed, duplicates, no period): nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ExcelProblem> problems;

    public ImportRejectedException(List<ExcelProblem> problems) {
        super("import rejected: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<ExcelProblem> problems() {
        return problems;
    }
}
