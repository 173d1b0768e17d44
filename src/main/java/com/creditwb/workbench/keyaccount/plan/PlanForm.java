package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan's content as the owner edits it: the header fields and the three tables. */
public record PlanForm(String title, String profile, RelationshipLevel currentLevel, RelationshipLevel targetLevel, String resources,
        String risks, LocalDate periodStart, LocalDate periodEnd, LocalDate nextReview, List<Objective> objectives,
        List<Action> actions, List<Contact> contacts) {

    /** An objective: revenue as an amount, margin and share of wallet as a share (0.25 = 25 %). */
    public record Objective(ObjectiveKind kind, BigDecimal target, LocalDate targetDate, String note) {
    }

    /** An action from the loyalty-measure catalogue ({@code measure}) or custom ({@code title}). */
    public record Action(LoyaltyMeasure measure, String title, String owner, LocalDate dueDate, BigDecimal budget, ActionStatus status) {
    }

    public record Contact(String name, String jobTitle, ContactRole role, Attitude attitude, String note) {
    }

    public PlanForm withRows(List<Objective> o, List<Action> a, List<Contact> c) {
        return new PlanForm(title, profile, currentLevel, targetLevel, resources, risks, periodStart, periodEnd, nextReview, o, a, c);
    }
}
