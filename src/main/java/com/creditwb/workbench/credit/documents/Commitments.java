package com.creditwb.workbench.credit.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
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

    private Commitments() {
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
