package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.AssessmentStatus;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.domain.AssessmentSnapshot;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A credit assessment of a customer: its inputs (as JSON, the request and collateral also as columns),
 * the result columns lists and the credit check read, the workflow, and once approved the frozen snapshot.
 */
@Entity
@Table(name = "credit_assessment")
public class Assessment extends BaseEntity implements AuditedEntity {

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "model_id", nullable = false)
    private Long modelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "requested_limit")
    private BigDecimal requestedLimit;

    @Column(name = "requested_terms", nullable = false)
    private int requestedTerms;

    @Column(name = "expected_purchases")
    private BigDecimal expectedPurchases;

    @Enumerated(EnumType.STRING)
    @Column(name = "collateral_type", nullable = false, length = 24)
    private CollateralType collateralType = CollateralType.NONE;

    @Column(name = "collateral_value")
    private BigDecimal collateralValue;

    @Column(nullable = false)
    private BigDecimal haircut = BigDecimal.ZERO;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(nullable = false, length = 200_000)
    private String inputs;

    private Double score;

    @Column(length = 8)
    private String rating;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", length = 12)
    private RiskClass riskClass;

    @Column(name = "suggested_limit")
    private BigDecimal suggestedLimit;

    @Column(name = "limit_amount")
    private BigDecimal limitAmount;

    @Column(nullable = false, length = 3)
    private String currency = "CNY";

    @Column(name = "terms_days")
    private Integer termsDays;

    @Column(name = "review_months")
    private Integer reviewMonths;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Column(name = "override_rating", length = 8)
    private String overrideRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_class", length = 12)
    private RiskClass overrideClass;

    @Column(name = "override_limit")
    private BigDecimal overrideLimit;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(length = 64)
    private String approver;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(length = 1_000_000)
    private String snapshot;

    protected Assessment() {
    }

    public Assessment(Long customerId, Long modelId, String author) {
        this.customerId = customerId;
        this.modelId = modelId;
        this.author = author;
    }

    @java.lang.Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }

    @java.lang.Override
    public String auditSubjectType() {
        return "Customer";
    }

    @java.lang.Override
    public Long auditSubjectId() {
        return customerId;
    }

    @java.lang.Override
    public Set<String> auditIgnored() {
        return Set.of("inputs", "snapshot");
    }

    public AssessmentInput input() {
        return com.creditwb.workbench.common.Json.read(inputs, AssessmentInput.class);
    }

    public void setInput(AssessmentInput input) {
        this.inputs = com.creditwb.workbench.common.Json.write(input);
        this.requestedLimit = input.requestedLimit();
        this.requestedTerms = input.requestedTermsDays();
        this.expectedPurchases = input.expectedAnnualPurchases();
        this.collateralType = input.collateralType();
        this.collateralValue = input.collateralValue();
        this.haircut = BigDecimal.valueOf(input.haircut());
        this.periodEnd = input.periodEnd();
    }

    public CreditOverride override() {
        return new CreditOverride(overrideRating, overrideClass, overrideLimit, overrideReason);
    }

    public void setOverride(CreditOverride o) {
        this.overrideRating = o == null || o.rating() == null || o.rating().isBlank() ? null : o.rating();
        this.overrideClass = o == null ? null : o.riskClass();
        this.overrideLimit = o == null ? null : o.limit();
        this.overrideReason = o == null || o.reason() == null || o.reason().isBlank() ? null : o.reason().strip();
    }

    /** Keeps the evaluation's outcome in the columns that lists, alerts and the credit check read. */
    public void setOutcome(Evaluation e) {
        this.score = e.result().composite();
        this.rating = e.rating();
        this.riskClass = e.riskClass();
        this.suggestedLimit = e.result().limit().suggested();
        this.limitAmount = e.limit();
        this.termsDays = e.termsDays();
        this.reviewMonths = e.reviewMonths();
    }

    public AssessmentSnapshot snapshot() {
        return snapshot == null ? null : com.creditwb.workbench.common.Json.read(snapshot, AssessmentSnapshot.class);
    }

    void freeze(AssessmentSnapshot frozen) {
        this.snapshot = com.creditwb.workbench.common.Json.write(frozen);
    }

    public boolean isOverridden() {
        return overrideRating != null || overrideClass != null || overrideLimit != null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getModelId() {
        return modelId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public BigDecimal getRequestedLimit() {
        return requestedLimit;
    }

    public int getRequestedTerms() {
        return requestedTerms;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Double getScore() {
        return score;
    }

    public String getRating() {
        return rating;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public BigDecimal getSuggestedLimit() {
        return suggestedLimit;
    }

    public BigDecimal getLimitAmount() {
        return limitAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getTermsDays() {
        return termsDays;
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public String getApprover() {
        return approver;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    void decide(String approver, Instant at, String comment) {
        this.approver = approver;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }
}
