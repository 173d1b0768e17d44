package com.creditwb.workbench.credit.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Committed exposure (占用额度): open receivables of the aging list, plus released orders not yet delivered, plus
 * deliveries not yet invoiced, plus invoices issued after the aging list's date (a later list holds them). Each sale
 * counts once as it moves order → delivery → invoice: a delivery consumes the order it references, an invoice the
 * delivery, up to their amounts. Only counted documents (approved, or released from the queue) take part. Plain Java.
 */
public final class Commitments {

    /** A document as the sum sees it: its amount in the limit's currency, and what it consumes. */
    public record Doc(long id, DocumentType type, Long referenceId, BigDecimal amount, LocalDate date, boolean counted) {
    }

    /** The parts of the exposure. */
    public record Exposure(BigDecimal receivables, BigDecimal orders, BigDecimal deliveries, BigDecimal invoices) {

        public BigDecimal total() {
            return receivables.add(orders).add(deliveries).add(invoices);
        }
    }

    /** The exposure without the candidate and with it. */
    public record BeforeAfter(Exposure before, Exposure after) {
    }

    private Commitments() {
    }

    /**
     * The exposure without and with a candidate document (the candidate's own earlier version left out of both).
     *
     * @param counted the customer's counted documents
     * @param candidate the document being checked, as it would count; null for a plain amount check
     */
    public static BeforeAfter beforeAndAfter(Collection<Doc> counted, BigDecimal open, LocalDate asOf, Doc candidate) {
        List<Doc> others = new ArrayList<>(counted.size() + 1);
        for (Doc d : counted) {
            if (candidate == null || d.id() != candidate.id()) {
                others.add(d);
            }
        }
        Exposure before = of(open, asOf, others);
        if (candidate == null) {
            return new BeforeAfter(before, before);
        }
        others.add(candidate);
        return new BeforeAfter(before, of(open, asOf, others));
    }

    /**
     * @param open the open items of the aging list (zero without a list)
     * @param asOf the aging list's date; invoices dated after it are counted (all of them without a list)
     */
    public static Exposure of(BigDecimal open, LocalDate asOf, Collection<Doc> docs) {
        Map<Long, BigDecimal> consumed = new HashMap<>();
        for (Doc d : docs) {
            if (d.counted() && d.referenceId() != null && d.type() != DocumentType.ORDER) {
                consumed.merge(d.referenceId(), d.amount(), BigDecimal::add);
            }
        }
        BigDecimal orders = BigDecimal.ZERO;
        BigDecimal deliveries = BigDecimal.ZERO;
        BigDecimal invoices = BigDecimal.ZERO;
        for (Doc d : docs) {
            if (!d.counted()) {
                continue;
            }
            BigDecimal left = d.amount().subtract(consumed.getOrDefault(d.id(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
            switch (d.type()) {
                case ORDER -> orders = orders.add(left);
                case DELIVERY -> deliveries = deliveries.add(left);
                case INVOICE -> {
                    if (asOf == null || d.date().isAfter(asOf)) {
                        invoices = invoices.add(d.amount());
                    }
                }
            }
        }
        return new Exposure(open == null ? BigDecimal.ZERO : open, orders, deliveries, invoices);
    }
}
