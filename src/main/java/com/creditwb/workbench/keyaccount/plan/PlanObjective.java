package com.creditwb.workbench.keyaccount.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One objective of a plan (its changes are filed under the plan). */
@Entity
@Table(name = "key_account_objective")
public class PlanObjective extends PlanPart {

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
        super(plan, position);
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
}
