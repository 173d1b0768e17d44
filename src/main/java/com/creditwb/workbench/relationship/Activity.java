package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.StringLines;
import com.creditwb.workbench.relationship.domain.ActivityType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * A contact with a customer (联系纪要): what kind, when, our people and their contacts, subject and notes; its next steps
 * are tasks ({@link Task}, source ACTIVITY). A confidential one is read only by the author's team (the role it was
 * written in: account management, credit or finance).
 */
@Entity
@Table(name = "relationship_activity")
public class Activity extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ActivityType type;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(length = 4000, updatable = false)
    private String notes;

    @Convert(converter = StringLines.class)
    @Column(nullable = false, length = 2000, updatable = false)
    private List<String> ours;

    @Convert(converter = StringLines.class)
    @Column(nullable = false, length = 2000, updatable = false)
    private List<String> theirs;

    @Column(nullable = false, updatable = false)
    private boolean confidential;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(nullable = false, length = 20, updatable = false)
    private String team;

    protected Activity() {
    }

    Activity(Long customerId, ActivityType type, LocalDate happenedOn, String subject, String notes, List<String> ours, List<String> theirs,
            boolean confidential, String author, String team) {
        this.customerId = customerId;
        this.type = type;
        this.happenedOn = happenedOn;
        this.subject = subject;
        this.notes = notes;
        this.ours = List.copyOf(ours);
        this.theirs = List.copyOf(theirs);
        this.confidential = confidential;
        this.author = author;
        this.team = team;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.RELATIONSHIP.name();
    }

    /** A confidential note's words stay out of the customer's history (its readers are the author's team alone). */
    @Override
    public java.util.Set<String> auditMasked() {
        return confidential ? java.util.Set.of("subject", "notes") : java.util.Set.of();
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getSubject() {
        return subject;
    }

    public String getNotes() {
        return notes;
    }

    public List<String> getOurs() {
        return ours;
    }

    /** Their people: ids of the customer's contacts. */
    public List<String> getTheirs() {
        return theirs;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getAuthor() {
        return author;
    }

    public String getTeam() {
        return team;
    }
}
