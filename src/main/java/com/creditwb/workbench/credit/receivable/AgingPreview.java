package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.common.excel.ExcelProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an aging import would store: the items with their customers resolved, or the problems that
 * stop it (all or nothing).
 */
public record AgingPreview(String fileName, String sha256, LocalDate asOf, List<Item> items, List<ExcelProblem> problems,
        boolean replacesAsOf) {

    public record Item(Long customerId, String invoiceNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, String currency) {
    }

    public boolean storable() {
        return problems.isEmpty() && asOf != null && !items.isEmpty();
    }

    public BigDecimal total() {
        return items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long customers() {
        return items.stream().map(Item::customerId).distinct().count();
    }
}
