package com.creditwb.workbench.collection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static final LocalDate D = LocalDate.of(2026, 12, 1);
    static final List<Allocation.Open> OPEN = List.of(
            new Allocation.Open("INV-3", D.minusDays(10), new BigDecimal("300")),
            new Allocation.Open("INV-1", D.minusDays(40), new BigDecimal("100")),
            new Allocation.Open("INV-2", D.minusDays(40), new BigDecimal("200")));

    @Test
    void without_named_items_the_oldest_due_is_paid_first() {
        // 250: INV-1 (due 40 days ago, first by number) takes 100, INV-2 (same day) 150 of its 200; INV-3 nothing
        assertThat(Allocation.apply(new BigDecimal("250"), OPEN, List.of())).containsExactly(
                new Allocation.Applied("INV-1", new BigDecimal("100")), new Allocation.Applied("INV-2", new BigDecimal("150")));
    }

    @Test
    void named_items_are_paid_in_the_order_named_and_the_rest_stays_unapplied() {
        // 450 for INV-3 then INV-1: 300 + 100 = 400 applied, 50 left on account; INV-2 untouched
        assertThat(Allocation.apply(new BigDecimal("450"), OPEN, List.of("INV-3", "INV-1", "INV-3"))).containsExactly(
                new Allocation.Applied("INV-3", new BigDecimal("300")), new Allocation.Applied("INV-1", new BigDecimal("100")));
    }

    @Test
    void a_later_list_shows_what_was_paid_less_what_was_posted_in_between() {
        Map<String, BigDecimal> before = new java.util.LinkedHashMap<>();
        before.put("INV-1", new BigDecimal("100"));
        before.put("INV-2", new BigDecimal("200"));
        before.put("INV-3", new BigDecimal("300"));
        // INV-1 gone (100 paid, 40 of it posted already → 60 more); INV-2 down to 50 (150 paid); INV-3 unchanged
        assertThat(ListedPayments.paid(before, Map.of("INV-2", new BigDecimal("50"), "INV-3", new BigDecimal("300")),
                Map.of("INV-1", new BigDecimal("40")))).containsExactly(new Allocation.Applied("INV-1", new BigDecimal("60")),
                        new Allocation.Applied("INV-2", new BigDecimal("150")));
    }

    @Test
    void priority_is_amount_to_chase_times_days_times_weight() {
        // 120,000 overdue less 20,000 disputed = 100,000 × 45 days × 2 (high) ÷ 1,000 = 9,000
        assertThat(Priority.of(new BigDecimal("100000"), 45, "HIGH", 0)).isEqualTo(9000);
        // one broken promise adds half a weight: 100,000 × 45 × 2.5 ÷ 1,000 = 11,250
        assertThat(Priority.of(new BigDecimal("100000"), 45, "HIGH", 1)).isEqualTo(11250);
        // no class weighs 1: 10,000 × 10 × 1 ÷ 1,000 = 100
        assertThat(Priority.of(new BigDecimal("10000"), 10, null, 0)).isEqualTo(100);
        assertThat(Priority.of(BigDecimal.ZERO, 400, "REJECT", 3)).isZero();
    }
}
