package com.creditwb.workbench.credit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Committed exposure through the order → delivery → invoice chain, on a worked example. */
class CommitmentsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    static Commitments.Doc doc(long id, DocumentType type, Long ref, String amount, LocalDate date, boolean counted) {
        return new Commitments.Doc(id, type, ref, new BigDecimal(amount), date, counted);
    }

    /*
     * Receivables 50,000 on the aging list of 2026-11-30.
     *   order 1 of 100,000 — delivered in part by delivery 2 of 40,000 → 60,000 of it still to deliver
     *   delivery 2 of 40,000 — invoiced in part by invoice 4 of 15,000 (2026-12-01) → 25,000 still to invoice
     *   order 3 of 30,000 — blocked, not counted
     *   invoice 4 of 15,000 dated after the list → counted (the next list will hold it)
     *   invoice 5 of 10,000 dated 2026-11-20, before the list → already among the receivables
     *   delivery 6 of 5,000 without an order → counted whole
     * Orders 60,000 + deliveries 25,000 + 5,000 + invoices 15,000 + receivables 50,000 = 155,000.
     */
    static final List<Commitments.Doc> EXAMPLE = List.of(
            doc(1, DocumentType.ORDER, null, "100000", AS_OF.minusDays(10), true),
            doc(2, DocumentType.DELIVERY, 1L, "40000", AS_OF.minusDays(5), true),
            doc(3, DocumentType.ORDER, null, "30000", AS_OF, false),
            doc(4, DocumentType.INVOICE, 2L, "15000", AS_OF.plusDays(1), true),
            doc(5, DocumentType.INVOICE, null, "10000", AS_OF.minusDays(10), true),
            doc(6, DocumentType.DELIVERY, null, "5000", AS_OF, true));

    @Test
    void each_sale_counts_once_as_it_moves_from_order_to_delivery_to_invoice() {
        Commitments.Exposure e = Commitments.of(new BigDecimal("50000"), AS_OF, EXAMPLE);
        assertThat(e.receivables()).isEqualByComparingTo("50000");
        assertThat(e.orders()).isEqualByComparingTo("60000");
        assertThat(e.deliveries()).isEqualByComparingTo("30000");
        assertThat(e.invoices()).isEqualByComparingTo("15000");
        assertThat(e.total()).isEqualByComparingTo("155000");
    }

    @Test
    void a_delivery_beyond_its_order_consumes_it_all_and_counts_whole_and_without_a_list_every_invoice_counts() {
        // order 10,000 delivered as 12,000: the order is done (not −2,000), the delivery counts 12,000
        var docs = List.of(doc(1, DocumentType.ORDER, null, "10000", AS_OF, true), doc(2, DocumentType.DELIVERY, 1L, "12000", AS_OF, true));
        assertThat(Commitments.of(BigDecimal.ZERO, AS_OF, docs).total()).isEqualByComparingTo("12000");
        // no aging list: invoices 15,000 + 10,000 count; the rest as above: 60,000 + 30,000 + 25,000 = 115,000
        assertThat(Commitments.of(null, null, EXAMPLE).total()).isEqualByComparingTo("115000");
        // a blocked delivery consumes nothing: the order counts whole again
        var blocked = List.of(doc(1, DocumentType.ORDER, null, "10000", AS_OF, true), doc(2, DocumentType.DELIVERY, 1L, "4000", AS_OF, false));
        assertThat(Commitments.of(BigDecimal.ZERO, AS_OF, blocked).orders()).isEqualByComparingTo("10000");
    }
}
