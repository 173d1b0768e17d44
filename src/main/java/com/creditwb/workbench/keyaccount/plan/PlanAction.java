package com.creditwb.workbench.keyaccount.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One action of a plan: a catalogue measure or a custom title, with owner, due date, budget and status. */
@Entity
@Table(name = "key_account_action")
public class PlanAction extends PlanPart {

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
        super(plan, position);
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
        return getPlan().getState() == PlanState.ACTIVE && (status == ActionStatus.PLANNED || status == ActionStatus.IN_PROGRESS)
                && dueDate.isBefore(today);
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
}
