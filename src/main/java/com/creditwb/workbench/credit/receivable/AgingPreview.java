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
    public record Dropped(LocalDate since, long customers, BigDecimal open, List<DroppedCustomer> list) {

        public static final Dropped NONE = new Dropped(null, 0, BigDecimal.ZERO, List.of());

        public Dropped {
            list = list == null ? List.of() : List.copyOf(list);
        }

        public boolean any() {
            return customers > 0;
        }

        /** The first {@code n} of them, the largest open exposure first. */
        public List<DroppedCustomer> first(int n) {
            return list.subList(0, Math.min(n, list.size()));
        }
    }

    /** One customer the new list lacks: who, and what it has open in the list held now. */
    public record DroppedCustomer(Long id, String code, String name, BigDecimal open) {
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
