package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money recovered (坏账收回) after a write-off, recorded against it. */
@Entity
@Table(name = "collection_recovery")
public class Recovery extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Column(name = "write_off_id", nullable = false, updatable = false)
    private Long writeOffId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "recovered_on", nullable = false, updatable = false)
    private LocalDate recoveredOn;

    @Column(length = 64, updatable = false)
    private String reference;

    protected Recovery() {
    }

    public Recovery(Long writeOffId, Long customerId, BigDecimal amount, LocalDate recoveredOn, String reference) {
        this.writeOffId = writeOffId;
        this.customerId = customerId;
        this.amount = amount;
        this.recoveredOn = recoveredOn;
        this.reference = reference;
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public Long getWriteOffId() {
        return writeOffId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public String getReference() {
        return reference;
    }
}
