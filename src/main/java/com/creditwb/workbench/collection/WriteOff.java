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
 * A write-off (坏账核销) of a customer's items: proposed by a credit manager with a reason, approved by another within
 * approval authority (or escalated to one), or rejected. Approved, the amount leaves the exposure and is a loss.
 */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collection_write_off")
public class WriteOff extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Status implements Labelled {
        PROPOSED, APPROVED, REJECTED;

        @Override
        public String messageKey() {
            return "collection.writeOff.status." + name();
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

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PROPOSED;

    @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_on", nullable = false, updatable = false)
    private LocalDate proposedOn;

    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    @Column(length = 1000)
    private String escalation;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected WriteOff() {
    }

    public WriteOff(Long customerId, List<String> items, BigDecimal amount, String currency, String reason, String proposedBy, LocalDate proposedOn) {
        this.customerId = customerId;
        this.items = List.copyOf(items);
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedOn = proposedOn;
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

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getEscalation() {
        return escalation;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    void decide(Status status, String by, LocalDate on, String reason) {
        this.status = status;
        this.decidedBy = by;
        this.decidedOn = on;
        this.decisionReason = reason;
    }

    void escalate(String to, String why) {
        this.assignedTo = to;
        this.escalation = why;
    }
}
