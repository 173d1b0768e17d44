package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.customer.domain.ContactRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person at the account the plan works with: role in the buying decision and attitude to us. */
@Entity
@Table(name = "key_account_contact")
public class PlanContact extends PlanPart {

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
        super(plan, position);
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
}
