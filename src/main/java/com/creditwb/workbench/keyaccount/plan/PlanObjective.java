package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.audit.AuditedEntity;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One objective of a plan (its changes are filed under the plan). */
@Entity
@Table(name = "key_account_objective")
public class PlanObjective implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private KeyAccountPlan plan;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObjectiveKind kind;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(length = 500)
    private String note;

    protected PlanObjective() {
    }

    PlanObjective(KeyAccountPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    void assign(PlanForm.Objective o) {
        kind = o.kind();
        target = o.target();
        targetDate = o.targetDate();
        note = o.note();
    }

    PlanForm.Objective toRow() {
        return new PlanForm.Objective(kind, target, targetDate, note);
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
