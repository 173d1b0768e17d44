package com.creditwb.workbench.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a payment applied to one open item (by its invoice number); written once with its payment. It lowers the
 * item's balance in the aging list it is against; the next list shows the item as the customer's ledger then has it.
 */
@Entity
@Table(name = "collection_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private Long paymentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "invoice_no", nullable = false, length = 64, updatable = false)
    private String invoiceNo;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    /** The aging list (by its date) the payment is against: the current one when it was recorded; null without a list. */
    @Column(name = "list_as_of", updatable = false)
    private LocalDate listAsOf;

    protected PaymentAllocation() {
    }

    public PaymentAllocation(Long paymentId, Long customerId, String invoiceNo, BigDecimal amount, LocalDate paidOn, LocalDate listAsOf) {
        this.listAsOf = listAsOf;
        this.paymentId = paymentId;
        this.customerId = customerId;
        this.invoiceNo = invoiceNo;
        this.amount = amount;
        this.paidOn = paidOn;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getInvoiceNo() {
        return invoiceNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public LocalDate getListAsOf() {
        return listAsOf;
    }
}
