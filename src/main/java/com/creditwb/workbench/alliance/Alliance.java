package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CandidateRanking;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.PowerBase;
import java.math.BigDecimal;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A strategic alliance (战略联盟): "two or more enterprises' community of interest for a strategic goal"
 * (seed 002, 二、建立战略联盟). Our side's owner (an account manager) and team, the goal, the stage from
 * strategy to operation, the forms, the partners, options and candidates, the agreement with the
 * partners' contributions, governance, the risk register and the health reviews.
 */
@Entity
@Table(name = "alliance")
public class Alliance extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "Alliance";

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String goal;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String owner;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "username", length = 64)
    private Set<String> team = new TreeSet<>();

    @Column(name = "team_list", length = 2000)
    private String teamList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllianceStage stage = AllianceStage.STRATEGY;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason", length = 2000)
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_form", length = 16)
    private ParticipantForm participantForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "composition_form", length = 16)
    private CompositionForm compositionForm;

    /** Our own equity share (0–1) in an equity alliance; null when not given. */
    @Column(name = "our_equity_share", precision = 7, scale = 4)
    private BigDecimal ourEquityShare;

    @Column(name = "producer_distributor", nullable = false)
    private boolean producerDistributor;

    @Enumerated(EnumType.STRING)
    @Column(name = "distribution_form", length = 16)
    private DistributionForm distributionForm;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "alliance_power_base", joinColumns = @JoinColumn(name = "alliance_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "power_base", length = 12)
    private Map<PowerBase, PowerRating> powerBases = new EnumMap<>(PowerBase.class);

    @Column(name = "power_list", length = 8000)
    private String powerList;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "alliance_criterion_weight", joinColumns = @JoinColumn(name = "alliance_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "criterion", length = 24)
    @Column(name = "weight")
    private Map<Criterion, Double> criterionWeights = new EnumMap<>(Criterion.class);

    @Column(name = "signed_date")
    private LocalDate signedDate;

    @Column(name = "terms_scope", length = 4000)
    private String termsScope;

    @Column(name = "terms_exclusivity", length = 2000)
    private String termsExclusivity;

    @Column(name = "terms_territory", length = 2000)
    private String termsTerritory;

    @Column(name = "terms_duration", length = 2000)
    private String termsDuration;

    @Column(name = "terms_exit", length = 2000)
    private String termsExit;

    @Column(name = "steering_committee", length = 2000)
    private String steeringCommittee;

    @Column(name = "meeting_cadence", length = 200)
    private String meetingCadence;

    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths = 6;

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AlliancePartner> partners = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AllianceOption> options = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AllianceContribution> contributions = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AllianceMeeting> meetings = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AllianceRisk> risks = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, id")
    private List<AllianceReview> reviews = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "alliance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<StageMove> moves = new ArrayList<>();

    protected Alliance() {
    }

    Alliance(String name, String owner) {
        this.name = name;
        this.owner = owner;
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
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.ALLIANCE.name();
    }

    public String getName() {
        return name;
    }

    public String getGoal() {
        return goal;
    }

    public String getOwner() {
        return owner;
    }

    public Set<String> getTeam() {
        return java.util.Collections.unmodifiableSet(team);
    }

    public AllianceStage getStage() {
        return stage;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getEndReason() {
        return endReason;
    }

    public ParticipantForm getParticipantForm() {
        return participantForm;
    }

    public CompositionForm getCompositionForm() {
        return compositionForm;
    }

    public boolean isProducerDistributor() {
        return producerDistributor;
    }

    public DistributionForm getDistributionForm() {
        return distributionForm;
    }

    public Map<PowerBase, PowerRating> getPowerBases() {
        return java.util.Collections.unmodifiableMap(powerBases);
    }

    public Map<Criterion, Double> getCriterionWeights() {
        return criterionWeights.isEmpty() ? CandidateRanking.equalWeights() : java.util.Collections.unmodifiableMap(criterionWeights);
    }

    public LocalDate getSignedDate() {
        return signedDate;
    }

    public String getTermsScope() {
        return termsScope;
    }

    public String getTermsExclusivity() {
        return termsExclusivity;
    }

    public String getTermsTerritory() {
        return termsTerritory;
    }

    public String getTermsDuration() {
        return termsDuration;
    }

    public String getTermsExit() {
        return termsExit;
    }

    public String getSteeringCommittee() {
        return steeringCommittee;
    }

    public String getMeetingCadence() {
        return meetingCadence;
    }

    public int getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public List<AlliancePartner> getPartners() {
        return partners;
    }

    public List<AllianceOption> getOptions() {
        return options;
    }

    public List<AllianceContribution> getContributions() {
        return contributions;
    }

    public List<AllianceMeeting> getMeetings() {
        return meetings;
    }

    public List<AllianceRisk> getRisks() {
        return risks;
    }

    public List<AllianceReview> getReviews() {
        return reviews;
    }

    public List<StageMove> getMoves() {
        return moves;
    }

    /** The latest review, if any. */
    public java.util.Optional<AllianceReview> latestReview() {
        return reviews.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(reviews.get(reviews.size() - 1));
    }

    /** When the next health review falls due: the interval after the latest one, or after the start (or signing). */
    public LocalDate nextReviewDue() {
        LocalDate from = latestReview().map(AllianceReview::getDate).orElse(signedDate != null ? signedDate : startDate);
        return from == null ? null : from.plusMonths(reviewIntervalMonths);
    }

    // --- changed by AllianceService only ---------------------------------------------------------------

    /** The latest health index, null before the first review. */
    public Double latestHealth() {
        return latestReview().map(AllianceReview::getIndex).orElse(null);
    }

    /** The options (or candidates) ranked by weighted score, best first. */
    public List<AllianceOption> ranked(OptionKind kind) {
        return CandidateRanking.ranked(getOptions().stream().filter(o -> o.getKind() == kind).toList(),
                o -> CandidateRanking.score(o.getScores(), getCriterionWeights()));
    }

    public BigDecimal getOurEquityShare() {
        return ourEquityShare;
    }

    void setOurEquityShare(BigDecimal share) {
        ourEquityShare = share;
    }

    void describe(AllianceForm f) {
        name = f.name();
        goal = f.goal();
        setTeam(f.team());
        startDate = f.startDate();
        plannedEndDate = f.plannedEndDate();
        participantForm = f.participantForm();
        compositionForm = f.compositionForm();
        producerDistributor = f.producerDistributor();
        distributionForm = f.producerDistributor() ? f.distributionForm() : null;
        powerBases.clear();
        if (f.producerDistributor() && f.powerBases() != null) {
            powerBases.putAll(f.powerBases());
        }
        powerList = powerBases.isEmpty() ? null : powerBases.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().score() + (e.getValue().evidence() == null ? "" : " (" + e.getValue().evidence() + ")"))
                .collect(java.util.stream.Collectors.joining("; "));
        criterionWeights.clear();
        if (f.criterionWeights() != null) {
            criterionWeights.putAll(f.criterionWeights());
        }
        signedDate = f.signedDate();
        termsScope = f.termsScope();
        termsExclusivity = f.termsExclusivity();
        termsTerritory = f.termsTerritory();
        termsDuration = f.termsDuration();
        termsExit = f.termsExit();
        steeringCommittee = f.steeringCommittee();
        meetingCadence = f.meetingCadence();
        reviewIntervalMonths = f.reviewIntervalMonths() == null ? 6 : f.reviewIntervalMonths();
    }

    private void setTeam(Set<String> members) {
        team.clear();
        if (members != null) {
            members.stream().filter(m -> m != null && !m.isBlank() && !m.equals(owner)).map(String::strip).forEach(team::add);
        }
        teamList = team.isEmpty() ? null : String.join(", ", team);
    }

    void moveTo(AllianceStage next, String by, java.time.Instant at, String reason, LocalDate endDate) {
        moves.add(new StageMove(this, stage, next, by, at, reason));
        if (next == AllianceStage.ENDED) {
            this.endDate = endDate;
            this.endReason = reason;
        }
        stage = next;
    }

    int nextPosition(List<? extends AlliancePart> parts) {
        return parts.stream().mapToInt(AlliancePart::getPosition).max().orElse(0) + 1;
    }
}
