package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/** A row of a plan's table (objective, action, contact): its place in the plan, its changes filed under the plan. */
@MappedSuperclass
abstract class PlanPart implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private KeyAccountPlan plan;

    @Column(nullable = false)
    private int position;

    protected PlanPart() {
    }

    PlanPart(KeyAccountPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public KeyAccountPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.PLAN.name();
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
