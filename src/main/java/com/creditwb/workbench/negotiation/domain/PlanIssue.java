package com.creditwb.workbench.negotiation.domain;

/** An issue of the negotiation plan as stored and exchanged: its kind, unit, direction, weight, three targets and their likely position. */
public record PlanIssue(String name, IssueKind kind, String unit, IssueTargets.Better better, Double weight, Double optimal,
        Double acceptable, Double minimum, Double theirLikely) {

    public IssueTargets targets() {
        return new IssueTargets(name, better, weight, optimal, acceptable, minimum);
    }
}
