package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A key-account plan (大客户计划), one version of it: numbered per customer, draft → active → closed.
 * Activating a version freezes its credit and value figures and closes the version that was active.
 */
@Entity
@Table(name = "key_account_plan")
public class KeyAccountPlan extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "KeyAccountPlan";

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "plan_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PlanState state = PlanState.DRAFT;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", length = 16)
    private RelationshipLevel currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", length = 16)
    private RelationshipLevel targetLevel;

    @Column(length = 4000)
    private String resources;

    @Column(length = 4000)
    private String risks;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "next_review")
    private LocalDate nextReview;

    /** The frozen {@link PlanFacts} as JSON, set on activation. */
    @Column(length = 20000)
    private String frozen;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanObjective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanContact> contacts = new ArrayList<>();

    protected KeyAccountPlan() {
    }

    public KeyAccountPlan(Long customerId, int number, String owner, String title) {
        this.customerId = customerId;
        this.number = number;
        this.owner = owner;
        this.title = title;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.PLAN.name();
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("frozen");
    }

    /** Takes the form's header fields (the rows are the service's business). */
    void assign(PlanForm f) {
        title = f.title();
        profile = f.profile();
        currentLevel = f.currentLevel();
        targetLevel = f.targetLevel();
        resources = f.resources();
        risks = f.risks();
        periodStart = f.periodStart();
        periodEnd = f.periodEnd();
        nextReview = f.nextReview();
    }

    void activate(String facts, Instant at) {
        state = PlanState.ACTIVE;
        frozen = facts;
        activatedAt = at;
    }

    void close(Instant at) {
        state = PlanState.CLOSED;
        closedAt = at;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getNumber() {
        return number;
    }

    public PlanState getState() {
        return state;
    }

    public String getOwner() {
        return owner;
    }

    void setOwner(String owner) {
        this.owner = owner;
    }

    public String getTitle() {
        return title;
    }

    public String getProfile() {
        return profile;
    }

    public RelationshipLevel getCurrentLevel() {
        return currentLevel;
    }

    public RelationshipLevel getTargetLevel() {
        return targetLevel;
    }

    public String getResources() {
        return resources;
    }

    public String getRisks() {
        return risks;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public String getFrozen() {
        return frozen;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PlanObjective> getObjectives() {
        return objectives;
    }

    public List<PlanAction> getActions() {
        return actions;
    }

    public List<PlanContact> getContacts() {
        return contacts;
    }

    /** The form holding this plan's current content (to edit, or to start the next version from). */
    public PlanForm toForm() {
        return new PlanForm(title, profile, currentLevel, targetLevel, resources, risks, periodStart, periodEnd, nextReview,
                objectives.stream().map(PlanObjective::toRow).toList(), actions.stream().map(PlanAction::toRow).toList(),
                contacts.stream().map(PlanContact::toRow).toList());
    }
}
