package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.common.excel.ExcelProblem;
import java.time.LocalDate;
import java.util.List;

/**
 * What the parser found in a workbook, before any unit or period choice of the user: the statement
 * sheets, the period end and customer identifiers written in it (null when absent), every labelled
 * line with amounts, and the problems (cells that are no numbers, failing formulas, duplicates).
 */
public record ParsedWorkbook(List<ParsedSheet> sheets, LocalDate periodEnd, String uscc, String customerCode,
        List<ParsedLine> lines, List<ExcelProblem> problems) {
}
