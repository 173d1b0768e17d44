package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer's complaint (投诉): category, severity, description, who handles it, and each step of its way with the
 * time it was taken — started, resolved (the resolution), the customer's feedback (satisfied or not; not reopens
 * it), the follow-up visit (回访), closed. Filed under the customer in its history.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintFlow.Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ComplaintFlow.Severity severity;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ComplaintFlow.Status status = ComplaintFlow.Status.ASSIGNED;

    @Column(nullable = false, length = 64)
    private String assignee;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "feedback_satisfied")
    private Boolean feedbackSatisfied;

    @Column(name = "feedback_note", length = 2000)
    private String feedbackNote;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "follow_up_note", length = 2000)
    private String followUpNote;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false)
    private int reopened;

    protected Complaint() {
    }

    Complaint(Long customerId, ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description, String assignee,
            Instant raisedAt) {
        this.customerId = customerId;
        this.raisedAt = raisedAt;
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.assignee = assignee;
    }

    void describe(ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description, String assignee) {
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.assignee = assignee;
    }

    /** Takes the step now; a negative feedback reopens (back to being resolved, the resolution kept for the record). */
    /**
     * Keeps the text typed for the next step (the resolution, the customer's feedback, the follow-up note) without taking
     * the step, so that a plain save loses nothing a user typed; the step later starts from it.
     */
    void keepDraft(ComplaintFlow.Step next, String text) {
        switch (next) {
            case RESOLVE -> resolution = text;
            case FEEDBACK -> feedbackNote = text;
            case FOLLOW_UP -> followUpNote = text;
            default -> {
            }
        }
    }

    /** The text kept for the next step, if any. */
    public String draft(ComplaintFlow.Step next) {
        if (next == null) {
            return null;
        }
        return switch (next) {
            case RESOLVE -> resolvedAt == null ? resolution : null;
            case FEEDBACK -> feedbackAt == null ? feedbackNote : null;
            case FOLLOW_UP -> followUpAt == null ? followUpNote : null;
            default -> null;
        };
    }

    void take(ComplaintFlow.Step step, String text, Boolean satisfied, Instant now) {
        ComplaintFlow.Status next = ComplaintFlow.after(status, step, satisfied);
        switch (step) {
            case START -> startedAt = startedAt == null ? now : startedAt;
            case RESOLVE -> {
                resolution = text;
                resolvedAt = now;
            }
            case FEEDBACK -> {
                feedbackSatisfied = satisfied;
                feedbackNote = text;
                feedbackAt = now;
                if (!Boolean.TRUE.equals(satisfied)) {
                    reopened++;
                    resolvedAt = null;
                }
            }
            case FOLLOW_UP -> {
                followUpNote = text;
                followUpAt = now;
            }
            case CLOSE -> closedAt = now;
        }
        status = next;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public ComplaintFlow.Category getCategory() {
        return category;
    }

    public ComplaintFlow.Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public ComplaintFlow.Status getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    /** When it was raised (the clock the targets are measured by). */
    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Boolean getFeedbackSatisfied() {
        return feedbackSatisfied;
    }

    public String getFeedbackNote() {
        return feedbackNote;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public Instant getFollowUpAt() {
        return followUpAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getReopened() {
        return reopened;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.COMPLAINT.name();
    }

    @Override
    public java.util.Set<String> auditIgnored() {
        return java.util.Set.of("customerId");
    }
}
