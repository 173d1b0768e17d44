package com.creditwb.workbench.credit.hold;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A collection hold on a customer: every document check blocks with COLLECTION_HOLD until a credit manager lifts it. */
@Entity
@Table(name = "collection_hold")
public class CollectionHold extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    /** Why it was placed. */
    public enum Cause implements Labelled {
        BROKEN_PROMISE, FINAL_LEVEL, MANUAL;

        @Override
        public String messageKey() {
            return "collectionHold.cause." + name();
        }
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Cause cause;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "placed_on", nullable = false, updatable = false)
    private LocalDate placedOn;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 1000)
    private String liftReason;

    protected CollectionHold() {
    }

    CollectionHold(Long customerId, Cause cause, String detail, LocalDate placedOn) {
        this.customerId = customerId;
        this.cause = cause;
        this.detail = detail;
        this.placedOn = placedOn;
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public Cause getCause() {
        return cause;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public boolean active() {
        return liftedAt == null;
    }

    void lift(String by, Instant at, String reason) {
        this.liftedBy = by;
        this.liftedAt = at;
        this.liftReason = reason;
    }
}
