package com.creditwb.workbench.negotiation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A package (a value per issue) scored against the plan: {@code Σ wᵢ · uᵢ} with the weights normalised to sum 1;
 * any issue BELOW its minimum is a breach, whatever the score. Plain Java.
 */
public final class PackageScore {

    /** One issue's utility and level in the package. */
    public record PerIssue(double utility, IssueTargets.Level level) {
    }

    /** The score, each issue's part, and the issues below their minimum (breaches) or missing. */
    public record Result(double score, Map<String, PerIssue> perIssue, List<String> breaches, List<String> missing) {
    }

    private PackageScore() {
    }

    public static Result score(List<IssueTargets> issues, Map<String, Double> values) {
        double total = issues.stream().mapToDouble(IssueTargets::weight).sum();
        double score = 0;
        Map<String, PerIssue> per = new LinkedHashMap<>();
        List<String> breaches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (IssueTargets i : issues) {
            Double x = values.get(i.name());
            if (x == null) {
                missing.add(i.name());
                continue;
            }
            double u = i.utility(x);
            IssueTargets.Level level = i.level(x);
            per.put(i.name(), new PerIssue(u, level));
            if (level == IssueTargets.Level.BELOW) {
                breaches.add(i.name());
            }
            score += total <= 0 ? 0 : i.weight() / total * u;
        }
        return new Result(score, per, breaches, missing);
    }

    /** The score of the package with every issue at its acceptable target. */
    public static double acceptableScore(List<IssueTargets> issues) {
        Map<String, Double> values = new LinkedHashMap<>();
        issues.forEach(i -> values.put(i.name(), i.acceptable()));
        return score(issues, values).score();
    }
}
