package com.creditwb.workbench.collection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How a payment is applied to open items (plain Java): to the items it names in the order named, else to every open
 * item oldest due first (then by number); each item takes at most its balance. What is left stays unapplied on the
 * payment (on account).
 */
public final class Allocation {

    /** An open item as the allocation sees it: its number, due date and what is still owed. */
    public record Open(String invoiceNo, LocalDate dueDate, BigDecimal balance) {
    }

    /** An amount applied to one item. */
    public record Applied(String invoiceNo, BigDecimal amount) {
    }

    private Allocation() {
    }

    /**
     * @param named the item numbers the payer named, in their order; empty to pay the oldest first
     */
    public static List<Applied> apply(BigDecimal amount, List<Open> open, List<String> named) {
        List<Open> order;
        if (named.isEmpty()) {
            order = open.stream().sorted(Comparator.comparing(Open::dueDate).thenComparing(Open::invoiceNo)).toList();
        } else {
            order = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (String n : named) {
                if (seen.add(n)) {
                    open.stream().filter(o -> o.invoiceNo().equals(n)).findFirst().ifPresent(order::add);
                }
            }
        }
        List<Applied> applied = new ArrayList<>();
        BigDecimal left = amount;
        for (Open o : order) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(o.balance());
            if (take.signum() > 0) {
                applied.add(new Applied(o.invoiceNo(), take));
                left = left.subtract(take);
            }
        }
        return applied;
    }
}
