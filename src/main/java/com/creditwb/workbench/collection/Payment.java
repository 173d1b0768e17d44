package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money a customer paid: posted through the API, or read from the next aging list (an item gone or smaller). */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collection_payment")
public class Payment extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    /**
     * API: posted by a receivables system; AGING_LIST: what the next aging list no longer shows as owed; CREDIT_NOTE: a
     * dispute resolved by a credit note; WRITE_OFF: an approved write-off (the last two are not money received).
     */
    public enum Source implements Labelled {
        API, AGING_LIST, CREDIT_NOTE, WRITE_OFF;

        /** Whether it is money the customer paid (it counts towards a promise). */
        public boolean money() {
            return this == API || this == AGING_LIST;
        }

        @Override
        public String messageKey() {
            return "collection.payment.source." + name();
        }
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(length = 64, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Source source;

    /** What no open item took (paid on account). */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal unapplied;

    protected Payment() {
    }

    public Payment(Long customerId, BigDecimal amount, String currency, LocalDate paidOn, String reference, Source source, BigDecimal unapplied) {
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
        this.paidOn = paidOn;
        this.reference = reference;
        this.source = source;
        this.unapplied = unapplied;
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }

    public Source getSource() {
        return source;
    }

    public BigDecimal getUnapplied() {
        return unapplied;
    }
}
