package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.relationship.domain.TaskSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task (待办): a text, an owner, a due date, the record it comes from and links to; done once, reassigned to another
 * user — both in the customer's history. A task from a confidential note keeps that note's team.
 */
@Entity
@Table(name = "task")
public class Task extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private TaskSource source;

    @Column(name = "source_id", nullable = false, updatable = false)
    private Long sourceId;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(nullable = false, length = 500, updatable = false)
    private String text;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String link;

    @Column(nullable = false, updatable = false)
    private boolean confidential;

    @Column(length = 20, updatable = false)
    private String team;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Task() {
    }

    Task(TaskSource source, Long sourceId, Long customerId, String text, String owner, LocalDate dueOn, String link, boolean confidential, String team) {
        this.source = source;
        this.sourceId = sourceId;
        this.customerId = customerId;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
        this.link = link;
        this.confidential = confidential;
        this.team = team;
    }

    void done(String by, Instant at) {
        this.done = true;
        this.doneBy = by;
        this.doneAt = at;
    }

    void reassign(String to) {
        this.owner = to;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.RELATIONSHIP.name();
    }

    @Override
    public java.util.Set<String> auditMasked() {
        return confidential ? java.util.Set.of("text") : java.util.Set.of();
    }

    public TaskSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getLink() {
        return link;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getTeam() {
        return team;
    }

    public boolean isDone() {
        return done;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
