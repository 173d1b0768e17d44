package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.PromiseState;
import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A promise to pay (付款承诺): an amount by a date, for named items or the account as a whole, who gave it and who
 * recorded it. Its state is decided by {@link PromiseState} from the payments; {@code settled} keeps the last state
 * the service saw once the promise was due, so that a broken promise is announced once.
 */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collection_promise")
public class Promise extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @jakarta.persistence.Convert(converter = com.creditwb.workbench.common.StringLines.class)
    @Column(nullable = false, length = 2000, updatable = false)
    private List<String> items;

    @Column(length = 200, updatable = false)
    private String contact;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "promised_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PromiseState settled = PromiseState.PENDING;

    protected Promise() {
    }

    public Promise(Long customerId, BigDecimal amount, String currency, LocalDate givenOn, LocalDate dueOn, List<String> items, String contact,
            String note, String recordedBy) {
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
        this.givenOn = givenOn;
        this.dueOn = dueOn;
        this.items = List.copyOf(items);
        this.contact = contact;
        this.note = note;
        this.recordedBy = recordedBy;
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

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    /** The invoice numbers it covers; empty for the account as a whole. */
    public List<String> getItems() {
        return items;
    }

    public String getContact() {
        return contact;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public PromiseState getSettled() {
        return settled;
    }

    void setSettled(PromiseState settled) {
        this.settled = settled;
    }
}
