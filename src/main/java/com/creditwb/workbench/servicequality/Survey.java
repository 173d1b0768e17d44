package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A survey round for one customer: the questionnaire version asked, a title and the date the links stay valid until. */
@Entity
@Table(name = "survey")
public class Survey extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "Customer";

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "questionnaire_id", nullable = false)
    private Long questionnaireId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** The portfolio segment this round was started for with others at once; null for a round of its own. */
    @Column(length = 40, updatable = false)
    private String segment;

    protected Survey() {
    }

    Survey(Long customerId, Long questionnaireId, String title, LocalDate validUntil) {
        this.customerId = customerId;
        this.questionnaireId = questionnaireId;
        this.title = title;
        this.validUntil = validUntil;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSegment() {
        return segment;
    }

    void startedFor(String segment) {
        this.segment = segment;
    }

    /** Filed under the customer: its history shows the rounds. */
    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return customerId;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.SERVICE.name();
    }

    @Override
    public java.util.Set<String> auditIgnored() {
        return java.util.Set.of("customerId", "questionnaireId");
    }
}
