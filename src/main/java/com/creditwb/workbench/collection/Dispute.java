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
import java.util.List;

/**
 * A dispute (争议) about items a customer was invoiced: the amount contested stays in the exposure but is not chased
 * (left out of the collector's amount to chase and of dunning) until it is resolved.
 */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collection_dispute")
public class Dispute extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Reason implements Labelled {
        PRICE, QUANTITY, QUALITY, DELIVERY, DUPLICATE, OTHER;

        @Override
        public String messageKey() {
            return "collection.dispute.reason." + name();
        }
    }

    public enum Status implements Labelled {
        OPEN, INVESTIGATING, RESOLVED;

        @Override
        public String messageKey() {
            return "collection.dispute.status." + name();
        }

        public boolean active() {
            return this != RESOLVED;
        }
    }

    public enum Resolution implements Labelled {
        CREDIT_NOTE, PAID, REJECTED;

        @Override
        public String messageKey() {
            return "collection.dispute.resolution." + name();
        }
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @jakarta.persistence.Convert(converter = com.creditwb.workbench.common.StringLines.class)
    @Column(nullable = false, length = 2000, updatable = false)
    private List<String> items;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Reason reason;

    @Column(nullable = false, length = 1000, updatable = false)
    private String description;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Status status = Status.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Resolution resolution;

    @Column(name = "resolution_amount", precision = 19, scale = 2)
    private BigDecimal resolutionAmount;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "complaint_id", updatable = false)
    private Long complaintId;

    protected Dispute() {
    }

    public Dispute(Long customerId, List<String> items, BigDecimal amount, String currency, Reason reason, String description, String owner,
            LocalDate openedOn, Long complaintId) {
        this.customerId = customerId;
        this.items = List.copyOf(items);
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
        this.description = description;
        this.owner = owner;
        this.openedOn = openedOn;
        this.complaintId = complaintId;
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public List<String> getItems() {
        return items;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Reason getReason() {
        return reason;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Status getStatus() {
        return status;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public BigDecimal getResolutionAmount() {
        return resolutionAmount;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    void investigate() {
        this.status = Status.INVESTIGATING;
    }

    void resolve(Resolution resolution, BigDecimal amount, String note, LocalDate on) {
        this.status = Status.RESOLVED;
        this.resolution = resolution;
        this.resolutionAmount = amount;
        this.resolutionNote = note;
        this.resolvedOn = on;
    }
}
