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

/** One action of a plan: a catalogue measure or a custom title, with owner, due date, budget and status. */
@Entity
@Table(name = "key_account_action")
public class PlanAction implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private KeyAccountPlan plan;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private LoyaltyMeasure measure;

    @Column(length = 200)
    private String title;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status;

    protected PlanAction() {
    }

    PlanAction(KeyAccountPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    void assign(PlanForm.Action a) {
        measure = a.measure();
        title = a.title();
        owner = a.owner();
        dueDate = a.dueDate();
        budget = a.budget();
        status = a.status();
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }

    PlanForm.Action toRow() {
        return new PlanForm.Action(measure, title, owner, dueDate, budget, status);
    }

    /** An action of an active plan, planned or in progress, past its due date (what the dashboard lists). */
    public boolean overdue(LocalDate today) {
        return plan.getState() == PlanState.ACTIVE && (status == ActionStatus.PLANNED || status == ActionStatus.IN_PROGRESS)
                && dueDate.isBefore(today);
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

    public LoyaltyMeasure getMeasure() {
        return measure;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public ActionStatus getStatus() {
        return status;
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
