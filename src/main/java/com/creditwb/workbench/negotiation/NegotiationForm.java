package com.creditwb.workbench.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is edited of a negotiation in one go: the record, the team with expertise and the plan's issues. */
public record NegotiationForm(String subject, Long counterpartId, Direction direction, Long allianceId, Long planId,
        BigDecimal contractValue, TeamRules.Importance importance, TeamRules.Difficulty difficulty, LocalDate startDate,
        LocalDate deadline, Map<String, Set<TeamRules.Expertise>> team, List<PlanIssue> issues, String batnaDescription,
        Double batnaValue, Double reservationScore) {
}
