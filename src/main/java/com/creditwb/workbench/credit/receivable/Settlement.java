package com.creditwb.workbench.credit.receivable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What settled part of an open item (by its invoice number) since the aging list it is against: a payment, a credit note
 * or a write-off the collections recorded. It lowers the item's balance, and the exposure, while that list is current;
 * the next list shows the item as the customer's ledger then has it. Written once.
 */
@Entity
@Table(name = "receivable_settlement")
public class Settlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "settled_by", nullable = false, updatable = false)
    private Long settledBy;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "invoice_no", nullable = false, length = 64, updatable = false)
    private String invoiceNo;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "list_as_of", updatable = false)
    private LocalDate listAsOf;

    @Column(nullable = false, length = 12, updatable = false)
    private String source;

    protected Settlement() {
    }

    Settlement(ReceivableService.Settled s) {
        this.settledBy = s.settledBy();
        this.customerId = s.customerId();
        this.invoiceNo = s.invoiceNo();
        this.amount = s.amount();
        this.paidOn = s.paidOn();
        this.listAsOf = s.listAsOf();
        this.source = s.kind();
    }

    ReceivableService.Settled record() {
        return new ReceivableService.Settled(settledBy, customerId, invoiceNo, amount, paidOn, listAsOf, source);
    }
}
