package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is edited of a negotiation in one go: the record, the team with expertise and the topics' leads, the plan's
 * issues, BATNA and reservation score, the counterpart analysis, the strategy with the venue, and the
 * after-negotiation checklist.
 */
public record NegotiationForm(String subject, Long counterpartId, Direction direction, Long allianceId, Long planId,
        BigDecimal contractValue, TeamRules.Importance importance, TeamRules.Difficulty difficulty, LocalDate startDate,
        LocalDate deadline, Map<String, Set<TeamRules.Expertise>> team, List<PlanIssue> issues, String batnaDescription,
        Double batnaValue, Double reservationScore, List<TopicTeam> topics, CounterpartAnalysis counterpart, Strategy strategy,
        Set<Confidentiality.AfterItem> afterChecklist) {

    /** The record and plan only (topics, analysis, strategy and checklist left as they are: null). */
    public NegotiationForm(String subject, Long counterpartId, Direction direction, Long allianceId, Long planId, BigDecimal contractValue,
            TeamRules.Importance importance, TeamRules.Difficulty difficulty, LocalDate startDate, LocalDate deadline,
            Map<String, Set<TeamRules.Expertise>> team, List<PlanIssue> issues, String batnaDescription, Double batnaValue,
            Double reservationScore) {
        this(subject, counterpartId, direction, allianceId, planId, contractValue, importance, difficulty, startDate, deadline, team, issues,
                batnaDescription, batnaValue, reservationScore, null, null, null, null);
    }

    /** The form that leaves the negotiation as it is. */
    public static NegotiationForm of(Negotiation n) {
        return new NegotiationForm(n.getSubject(), n.getCounterpartId(), n.getDirection(), n.getAllianceId(), n.getPlanId(), n.getContractValue(),
                n.getImportance(), n.getDifficulty(), n.getStartDate(), n.getDeadline(), n.getTeam(), n.getIssues(), n.getBatnaDescription(),
                n.getBatnaValue(), n.getReservationScore(), n.getTopics(), n.getCounterpartAnalysis(), n.getStrategy(), n.getAfterChecklist());
    }
}
