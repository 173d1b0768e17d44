package com.creditwb.workbench.credit.limits;

import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A request to change a customer's limit, with its reason: permanent (no end date) or temporary until a date. Approved
 * by a credit manager other than the requester, a permanent change is the customer's limit from then on until a later
 * assessment decides again; a temporary one overlays the limit until its end date and then lapses by itself.
 */
@Entity
@Table(name = "limit_request")
public class LimitRequest extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Status implements com.creditwb.workbench.common.i18n.Labelled {
        PENDING, APPROVED, REFUSED;

        @Override
        public String messageKey() {
            return "limitRequest.status." + name();
        }
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "requested_limit", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal requestedLimit;

    @Column(name = "current_limit", precision = 19, scale = 2, updatable = false)
    private BigDecimal currentLimit;

    @Column(name = "valid_until", updatable = false)
    private LocalDate until;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected LimitRequest() {
    }

    LimitRequest(Long customerId, BigDecimal requestedLimit, BigDecimal currentLimit, LocalDate until, String reason, String requestedBy,
            Instant requestedAt) {
        this.customerId = customerId;
        this.requestedLimit = requestedLimit;
        this.currentLimit = currentLimit;
        this.until = until;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(Status status, String user, String reason, Instant at) {
        this.status = status;
        this.decidedBy = user;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    public boolean isTemporary() {
        return until != null;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("customerId", "requestedAt", "decidedAt");
    }

    public Long getCustomerId() {
        return customerId;
    }

    public BigDecimal getRequestedLimit() {
        return requestedLimit;
    }

    public BigDecimal getCurrentLimit() {
        return currentLimit;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
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
