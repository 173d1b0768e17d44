package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.i18n.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A contact with the customer about what it owes: a call, e-mail, visit, letter or note, its outcome and the next action. */
@Entity
@jakarta.persistence.EntityListeners(WorklistTouch.class)
@Table(name = "collection_activity")
public class CollectionActivity extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    public enum Kind implements Labelled {
        CALL, EMAIL, VISIT, LETTER, NOTE;

        @Override
        public String messageKey() {
            return "collection.activity.kind." + name();
        }
    }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(length = 200, updatable = false)
    private String contact;

    @Column(nullable = false, length = 1000, updatable = false)
    private String outcome;

    @Column(name = "next_action", length = 200, updatable = false)
    private String nextAction;

    @Column(name = "next_action_on", updatable = false)
    private LocalDate nextActionOn;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    protected CollectionActivity() {
    }

    public CollectionActivity(Long customerId, Kind kind, LocalDate happenedOn, String contact, String outcome, String nextAction,
            LocalDate nextActionOn, String author) {
        this.customerId = customerId;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.contact = contact;
        this.outcome = outcome;
        this.nextAction = nextAction;
        this.nextActionOn = nextActionOn;
        this.author = author;
    }

    @Override
    public String auditArea() {
        return "CREDIT";
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getContact() {
        return contact;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNextAction() {
        return nextAction;
    }

    public LocalDate getNextActionOn() {
        return nextActionOn;
    }

    public String getAuthor() {
        return author;
    }
}
