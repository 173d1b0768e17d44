package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One respondent's answers to a round: per dimension the expectation and perception of each statement (1–7), the
 * importance points, the satisfaction level, the likelihood to recommend (0–10) and comments — by link or entered by
 * the account manager (by phone, on paper).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends BaseEntity implements AuditedEntity {

    /** How the answers came in. */
    public enum Channel { LINK, ENTERED }

    /** The scores as stored. */
    public record Answers(Map<Dimension, List<Integer>> expectation, Map<Dimension, List<Integer>> perception,
            Map<Dimension, Double> importance) {
    }

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(nullable = false, length = 200)
    private String respondent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(nullable = false, length = 20000)
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private SatisfactionLevel satisfaction;

    private Integer recommend;

    @Column(length = 4000)
    private String comments;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @jakarta.persistence.Transient
    private Long customerId;

    protected SurveyResponse() {
    }

    SurveyResponse(Survey survey, Long invitationId, String respondent, Channel channel, Answers answers, SatisfactionLevel satisfaction,
            Integer recommend, String comments, Instant answeredAt) {
        this.surveyId = survey.getId();
        this.customerId = survey.getCustomerId();
        this.invitationId = invitationId;
        this.respondent = respondent;
        this.channel = channel;
        this.answers = Json.write(answers);
        this.satisfaction = satisfaction;
        this.recommend = recommend;
        this.comments = comments;
        this.answeredAt = answeredAt;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public String getRespondent() {
        return respondent;
    }

    public Channel getChannel() {
        return channel;
    }

    public Answers getAnswers() {
        return Json.read(answers, Answers.class);
    }

    public SatisfactionLevel getSatisfaction() {
        return satisfaction;
    }

    public Integer getRecommend() {
        return recommend;
    }

    public String getComments() {
        return comments;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** For SERVQUAL. */
    public Servqual.Response servqual() {
        Answers a = getAnswers();
        return new Servqual.Response(a.expectation(), a.perception(), a.importance(), recommend);
    }

    @Override
    public String auditSubjectType() {
        return "SurveyResponse";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.SERVICE.name();
    }

    @Override
    public java.util.Set<String> auditIgnored() {
        return java.util.Set.of("surveyId", "invitationId", "customerId");
    }
}
