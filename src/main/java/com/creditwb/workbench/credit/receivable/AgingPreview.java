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
        boolean replacesAsOf, Dropped dropped) {

    /**
     * What the list held now has that this file does not: customers with open items there but none here, and
     * their open exposure. Stored as a complete list, their exposure becomes zero; stored as covering only its
     * customers, theirs is kept. {@code since} is the date of the list they come from.
     */
    public record Dropped(LocalDate since, long customers, BigDecimal open) {

        public static final Dropped NONE = new Dropped(null, 0, BigDecimal.ZERO);

        public boolean any() {
            return customers > 0;
        }
    }

    public AgingPreview(String fileName, String sha256, LocalDate asOf, List<Item> items, List<ExcelProblem> problems,
            boolean replacesAsOf) {
        this(fileName, sha256, asOf, items, problems, replacesAsOf, Dropped.NONE);
    }

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
