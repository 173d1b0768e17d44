package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.customer.ContactRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;

/** A person at the account the plan works with: role in the buying decision and attitude to us. */
@Entity
@Table(name = "key_account_contact")
public class PlanContact implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private KeyAccountPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Attitude attitude;

    @Column(length = 500)
    private String note;

    protected PlanContact() {
    }

    PlanContact(KeyAccountPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    void assign(PlanForm.Contact c) {
        name = c.name();
        jobTitle = c.jobTitle();
        role = c.role();
        attitude = c.attitude();
        note = c.note();
    }

    PlanForm.Contact toRow() {
        return new PlanForm.Contact(name, jobTitle, role, attitude, note);
    }

    @Override
    public String auditSubjectType() {
        return KeyAccountPlan.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return plan.getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("plan", "id");
    }
}
