package com.creditwb.workbench.collection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a later aging list says was paid (plain Java): an item of the list before that the new list no longer shows was
 * paid, one it shows smaller was partly paid — less what payments posted between the two lists' dates already applied
 * to it (those are recorded already).
 */
public final class ListedPayments {

    private ListedPayments() {
    }

    /**
     * @param before each invoice's amount in the earlier list, in the list's order
     * @param after each invoice's amount in the later list (absent: gone)
     * @param postedBetween what payments dated after the earlier list and up to the later one applied to each invoice
     * @return the amount paid on each invoice that no payment recorded yet, in the earlier list's order
     */
    public static List<Allocation.Applied> paid(Map<String, BigDecimal> before, Map<String, BigDecimal> after, Map<String, BigDecimal> postedBetween) {
        List<Allocation.Applied> paid = new ArrayList<>();
        before.forEach((invoice, amount) -> {
            BigDecimal gone = amount.subtract(after.getOrDefault(invoice, BigDecimal.ZERO))
                    .subtract(postedBetween.getOrDefault(invoice, BigDecimal.ZERO));
            if (gone.signum() > 0) {
                paid.add(new Allocation.Applied(invoice, gone));
            }
        });
        return paid;
    }
}
