package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One contact's personal link to a round: only the SHA-256 of the link's random token is kept (the link is shown once
 * when made, and may be renewed), in the contact's language; answered once.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends BaseEntity {

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(Long surveyId, String contactName, String contactEmail, String locale, String tokenHash) {
        this.surveyId = surveyId;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.locale = locale;
        this.tokenHash = tokenHash;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public java.util.Locale getLocale() {
        return java.util.Locale.forLanguageTag(locale);
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    void answered(Instant at) {
        this.answeredAt = at;
    }

    void renew(String tokenHash) {
        this.tokenHash = tokenHash;
    }
}
