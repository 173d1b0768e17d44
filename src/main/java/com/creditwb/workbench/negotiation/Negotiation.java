package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.IssueTargets;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.EnumCsv;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A business negotiation (商务谈判): subject, counterpart (a customer), direction, contract value, importance and
 * difficulty, status, the owner and the team with their expertise, and the plan's issues with three targets.
 * Confidential: only the owner, the team and ADMIN may open it (the access policy's NEGOTIATION area).
 */
@Entity
@Table(name = "negotiation")
public class Negotiation extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "Negotiation";

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "counterpart_id", nullable = false)
    private Long counterpartId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Direction direction;

    @Column(name = "alliance_id")
    private Long allianceId;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "contract_value", precision = 19, scale = 2)
    private BigDecimal contractValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TeamRules.Importance importance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TeamRules.Difficulty difficulty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NegotiationStatus status = NegotiationStatus.PREPARING;

    @Column(name = "start_date")
    private LocalDate startDate;

    private LocalDate deadline;

    @Column(name = "owner_username", nullable = false, length = 64)
    private String owner;

    /** Team member → expertise ("LEGAL,FINANCE"). */
    @ElementCollection
    @CollectionTable(name = "negotiation_member", joinColumns = @JoinColumn(name = "negotiation_id"))
    @MapKeyColumn(name = "username", length = 64)
    @Column(name = "expertise", length = 100)
    private Map<String, String> members = new TreeMap<>();

    @Column(name = "team_list", length = 2000)
    private String teamList;

    @Column(length = 20000)
    private String issues;

    @Column(name = "batna_description", length = 2000)
    private String batnaDescription;

    @Column(name = "batna_value")
    private Double batnaValue;

    @Column(name = "reservation_score")
    private Double reservationScore;

    @Column(name = "outcome_values", length = 4000)
    private String outcomeValues;

    @Column(name = "outcome_reason", length = 2000)
    private String outcomeReason;

    @Column(length = 4000)
    private String topics;

    @Column(name = "counterpart_analysis", length = 8000)
    private String counterpartAnalysis;

    @Column(length = 20000)
    private String strategy;

    @Column(name = "after_checklist", length = 200)
    private String afterChecklist;

    protected Negotiation() {
    }

    Negotiation(String owner) {
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
        return com.creditwb.workbench.security.AccessPolicy.Area.NEGOTIATION.name();
    }

    public String getSubject() {
        return subject;
    }

    public Long getCounterpartId() {
        return counterpartId;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getAllianceId() {
        return allianceId;
    }

    public Long getPlanId() {
        return planId;
    }

    public BigDecimal getContractValue() {
        return contractValue;
    }

    public TeamRules.Importance getImportance() {
        return importance;
    }

    public TeamRules.Difficulty getDifficulty() {
        return difficulty;
    }

    public NegotiationStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getOwner() {
        return owner;
    }

    /** The team and each member's expertise (the owner too when the owner's expertise was given). */
    public Map<String, Set<TeamRules.Expertise>> getTeam() {
        Map<String, Set<TeamRules.Expertise>> team = new TreeMap<>();
        members.forEach((user, e) -> team.put(user, EnumCsv.read(e, TeamRules.Expertise.class)));
        return team;
    }

    public List<PlanIssue> getIssues() {
        return issues == null ? List.of() : List.of(Json.read(issues, PlanIssue[].class));
    }

    public String getBatnaDescription() {
        return batnaDescription;
    }

    public Double getBatnaValue() {
        return batnaValue;
    }

    public Double getReservationScore() {
        return reservationScore;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Double> getOutcomeValues() {
        return outcomeValues == null ? Map.of() : Json.read(outcomeValues, Map.class);
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    /** Lead and supports per topic (only the topics assigned). */
    public List<TopicTeam> getTopics() {
        return topics == null ? List.of() : List.of(Json.read(topics, TopicTeam[].class));
    }

    public CounterpartAnalysis getCounterpartAnalysis() {
        return counterpartAnalysis == null ? CounterpartAnalysis.EMPTY : Json.read(counterpartAnalysis, CounterpartAnalysis.class);
    }

    public Strategy getStrategy() {
        return strategy == null ? Strategy.EMPTY : Json.read(strategy, Strategy.class);
    }

    /** The after-negotiation confidentiality checklist: what is done. */
    public Set<Confidentiality.AfterItem> getAfterChecklist() {
        return EnumCsv.read(afterChecklist, Confidentiality.AfterItem.class);
    }

    /** Everyone who may work on it: the owner and the team. */
    public Set<String> participants() {
        Set<String> all = new java.util.TreeSet<>(members.keySet());
        all.add(owner);
        return all;
    }

    void describe(NegotiationForm f) {
        subject = f.subject().strip();
        counterpartId = f.counterpartId();
        direction = f.direction();
        allianceId = f.allianceId();
        planId = f.planId();
        contractValue = f.contractValue();
        importance = f.importance() == null ? TeamRules.Importance.MEDIUM : f.importance();
        difficulty = f.difficulty() == null ? TeamRules.Difficulty.MEDIUM : f.difficulty();
        startDate = f.startDate();
        deadline = f.deadline();
        members.clear();
        if (f.team() != null) {
            f.team().forEach((user, expertise) -> {
                if (user != null && !user.isBlank()) {
                    String csv = EnumCsv.write(expertise);
                    members.put(user.strip(), csv == null ? "" : csv);
                }
            });
        }
        teamList = members.isEmpty() ? null : members.entrySet().stream().map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : " (" + e.getValue() + ")"))
                .collect(Collectors.joining(", "));
        issues = f.issues() == null || f.issues().isEmpty() ? null : Json.write(f.issues());
        batnaDescription = f.batnaDescription();
        batnaValue = f.batnaValue();
        reservationScore = f.reservationScore();
        // null: left as it is (a client that does not send the part keeps it)
        if (f.topics() != null) {
            topics = f.topics().isEmpty() ? null : Json.write(f.topics());
        }
        if (f.counterpart() != null) {
            counterpartAnalysis = Json.write(f.counterpart());
        }
        if (f.strategy() != null) {
            strategy = Json.write(f.strategy());
        }
        if (f.afterChecklist() != null) {
            afterChecklist = EnumCsv.write(f.afterChecklist());
        }
    }

    void close(NegotiationStatus next, Map<String, Double> values, String reason) {
        status = next;
        if (next == NegotiationStatus.AGREED) {
            outcomeValues = Json.write(values);
        }
        if (next == NegotiationStatus.NO_DEAL) {
            outcomeReason = reason;
        }
    }

    /** The score of the plan's all-acceptable package (null without issues). */
    public Double acceptableScore() {
        List<IssueTargets> targets = getIssues().stream().map(PlanIssue::targets).toList();
        return targets.isEmpty() ? null : PackageScore.acceptableScore(targets);
    }

    /**
     * What the record itself warns about on a day: the team (owner included) smaller than the suggested size, a
     * topic's lead without the expertise the topic needs (TeamRules), and the counterpart representative's authority
     * ended, or ending before the deadline.
     */
    public List<NegotiationWarning> recordWarnings(int suggestedTeamSize, java.time.LocalDate today) {
        List<NegotiationWarning> warnings = new java.util.ArrayList<>();
        int size = participants().size();
        if (size < suggestedTeamSize) {
            warnings.add(new NegotiationWarning("TEAM_TOO_SMALL", List.of(size, suggestedTeamSize)));
        }
        java.util.Map<String, java.util.Set<TeamRules.Expertise>> expertise = new java.util.HashMap<>(getTeam());
        for (TopicTeam t : getTopics()) {
            if (t.lead() != null && !TeamRules.leadFits(t.topic(), expertise.get(t.lead()))) {
                warnings.add(new NegotiationWarning("LEAD_MISFIT", List.of(t.lead()), t.topic().name()));
            }
        }
        CounterpartAnalysis.Authority authority = getCounterpartAnalysis().authority();
        if (authority != null && authority.expired(getDeadline(), today)) {
            warnings.add(new NegotiationWarning("AUTHORITY_EXPIRED", List.of(authority.validUntil())));
        }
        return warnings;
    }
}
