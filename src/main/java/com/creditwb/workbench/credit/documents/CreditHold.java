package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.credit.domain.CreditCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A document in the blocked-documents queue: why it was held, the exposure and limit at that time, and what a credit
 * manager decided — released (with a reason), rejected, or escalated to a colleague — or CLEARED when a later check
 * approved it by itself.
 */
@Entity
@Table(name = "credit_hold")
public class CreditHold extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Status { OPEN, RELEASED, REJECTED, CLEARED }

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CreditCheck.Decision decision;

    @Column(nullable = false, length = 400)
    private String codes;

    @Column(name = "amount_limit", precision = 19, scale = 2)
    private BigDecimal amountInLimit;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal exposure;

    @Column(name = "limit_amount", precision = 19, scale = 2)
    private BigDecimal limit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    @Column(name = "escalated_by", length = 64)
    private String escalatedBy;

    @Column(name = "escalation_reason", length = 1000)
    private String escalationReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected CreditHold() {
    }

    CreditHold(CreditDocument d, Instant at) {
        this.documentId = d.getId();
        this.customerId = d.getCustomerId();
        this.heldAt = at;
    }

    void figures(CreditCheck.Decision decision, List<String> codes, BigDecimal amountInLimit, BigDecimal exposure, BigDecimal limit) {
        this.decision = decision;
        this.codes = String.join(",", codes);
        this.amountInLimit = amountInLimit;
        this.exposure = exposure;
        this.limit = limit;
    }

    void decide(Status status, String user, String reason, Instant at) {
        this.status = status;
        this.decidedBy = user;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    void escalate(String from, String to, String reason) {
        this.escalatedBy = from;
        this.assignedTo = to;
        this.escalationReason = reason;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("documentId", "customerId", "heldAt", "decidedAt");
    }

    public Long getDocumentId() {
        return documentId;
    }

    /** Checked many times a second by an order system: each change is logged in one row (read back per field). */
    @Override
    public boolean auditInOneRow() {
        return true;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public CreditCheck.Decision getDecision() {
        return decision;
    }

    public List<String> getCodes() {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    public BigDecimal getAmountInLimit() {
        return amountInLimit;
    }

    public BigDecimal getExposure() {
        return exposure;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
