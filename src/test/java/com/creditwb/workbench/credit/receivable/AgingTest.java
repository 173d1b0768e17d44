package com.creditwb.workbench.credit.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingTest {

    static ReceivableItem item(String no, LocalDate due, String amount) {
        return new ReceivableItem(1L, 1L, no, due.minusDays(30), due, new BigDecimal(amount), "CNY");
    }

    @Test
    void items_fall_in_buckets_by_days_past_due_at_the_list_date() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Aging.Summary s = Aging.summarise(List.of(
                item("A", asOf, "100"), // due today: not due
                item("B", asOf.minusDays(1), "200"), // 1 day
                item("C", asOf.minusDays(30), "300"), // 30 days
                item("D", asOf.minusDays(31), "400"), // 31 days
                item("E", asOf.minusDays(90), "500"),
                item("F", asOf.minusDays(91), "600"),
                item("G", asOf.minusDays(181), "700")), asOf, 60);
        assertThat(s.buckets().get(Aging.Bucket.NOT_DUE)).isEqualByComparingTo("100");
        assertThat(s.buckets().get(Aging.Bucket.D1_30)).isEqualByComparingTo("500");
        assertThat(s.buckets().get(Aging.Bucket.D31_60)).isEqualByComparingTo("400");
        assertThat(s.buckets().get(Aging.Bucket.D61_90)).isEqualByComparingTo("500");
        assertThat(s.buckets().get(Aging.Bucket.D91_180)).isEqualByComparingTo("600");
        assertThat(s.buckets().get(Aging.Bucket.OVER_180)).isEqualByComparingTo("700");
        assertThat(s.total()).isEqualByComparingTo("2800");
        assertThat(s.overdue()).isEqualByComparingTo("2700");
        assertThat(s.overdueBeyond()).isEqualByComparingTo("1800"); // E, F, G are more than 60 days past due
        assertThat(s.maxDaysOverdue()).isEqualTo(181);
    }

    @Test
    void dso_is_receivables_over_credit_sales_times_days() {
        // 1,500,000 open / 4,500,000 invoiced in 90 days × 90 = 30 days
        Dso d = Dso.of(LocalDate.of(2026, 6, 30), 90, new BigDecimal("1500000"), new BigDecimal("4500000"), Dso.Source.INVOICES);
        assertThat(d.value()).isEqualTo(30.0);
        assertThat(Dso.of(LocalDate.of(2026, 6, 30), 90, BigDecimal.TEN, null, Dso.Source.INVOICES).value()).isNull();
    }
}
