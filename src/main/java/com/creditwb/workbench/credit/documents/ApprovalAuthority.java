package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Up to which amount (in yuan) a credit manager may release a held document or approve a limit; set by ADMIN. */
@Entity
@Table(name = "approval_authority")
public class ApprovalAuthority extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected ApprovalAuthority() {
    }

    ApprovalAuthority(String username, BigDecimal amount) {
        this.username = username;
        this.amount = amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getUsername() {
        return username;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String auditSubjectType() {
        return "ApprovalAuthority";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }
}
