package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import java.util.List;

/** An economics workbook read and checked, not yet stored: the rows by customer, or the problems. */
public record EconomicsPreview(String fileName, List<Row> rows, List<ExcelProblem> problems) {

    public record Row(Long customerId, AccountEconomics economics, boolean replaces) {
    }

    public boolean storable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long customers() {
        return rows.stream().map(Row::customerId).distinct().count();
    }

    public long replacing() {
        return rows.stream().filter(Row::replaces).count();
    }
}
