package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the account manager records of a customer as a possible key account: the answers to the
 * identification questionnaire with the suggested and the confirmed outcome, the loyalty indicators,
 * and Gale's customer-value survey.
 */
@Entity
@Table(name = "key_account_profile")
public class KeyAccountProfile extends BaseEntity implements AuditedEntity {

    @Column(name = "customer_id", nullable = false, unique = true)
    private Long customerId;

    /** The six answers as "4,5,3,…", or null before the questionnaire is answered. */
    @Column(length = 100)
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_outcome", length = 8)
    private Identification.Outcome suggestedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmed_outcome", length = 8)
    private Identification.Outcome confirmedOutcome;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** The loyalty indicators as JSON ({"REPEAT_PURCHASE": 80, …}). */
    @Column(length = 2000)
    private String indicators;

    /** Gale's survey as JSON. */
    @Column(length = 20000)
    private String gale;

    protected KeyAccountProfile() {
    }

    public KeyAccountProfile(Long customerId) {
        this.customerId = customerId;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.KEY_ACCOUNT.name();
    }

    @Override
    public String auditSubjectType() {
        return EconomicsYear.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public List<Integer> getAnswers() {
        if (answers == null || answers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
    }

    public void setAnswers(List<Integer> list) {
        this.answers = list == null || list.isEmpty() ? null : String.join(",", list.stream().map(String::valueOf).toList());
    }

    public Identification.Outcome getSuggestedOutcome() {
        return suggestedOutcome;
    }

    public void setSuggestedOutcome(Identification.Outcome suggestedOutcome) {
        this.suggestedOutcome = suggestedOutcome;
    }

    public Identification.Outcome getConfirmedOutcome() {
        return confirmedOutcome;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void confirm(Identification.Outcome outcome, String by, Instant at) {
        this.confirmedOutcome = outcome;
        this.confirmedBy = outcome == null ? null : by;
        this.confirmedAt = outcome == null ? null : at;
    }

    public Map<LoyaltyIndicator, Double> getIndicators() {
        Map<LoyaltyIndicator, Double> map = new EnumMap<>(LoyaltyIndicator.class);
        if (indicators != null) {
            Json.read(indicators, IndicatorValues.class).values().forEach((k, v) -> {
                if (v != null) {
                    map.put(k, v);
                }
            });
        }
        return map;
    }

    public void setIndicators(Map<LoyaltyIndicator, Double> values) {
        this.indicators = values == null || values.isEmpty() ? null : Json.write(new IndicatorValues(new EnumMap<>(values)));
    }

    public GaleValue.Survey getGale() {
        return gale == null ? GaleValue.Survey.EMPTY : Json.read(gale, GaleValue.Survey.class);
    }

    public void setGale(GaleValue.Survey survey) {
        this.gale = survey == null || survey.elements().isEmpty() ? null
                : Json.write(new GaleValue.Survey(survey.qualityWeight(), new ArrayList<>(survey.elements())));
    }

    /** The JSON form of the indicators. */
    record IndicatorValues(Map<LoyaltyIndicator, Double> values) {
    }
}
