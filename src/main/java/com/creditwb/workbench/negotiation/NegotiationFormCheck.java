package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether a negotiation's form may be saved: subject, counterpart, direction, value and dates, the plan's issues and
 * their targets, the topics' leads and supports on the team, the counterpart analysis and strategy texts, and the
 * links to an alliance and a key-account plan the user may open. All problems at once, each on its field.
 */
@Component
class NegotiationFormCheck {

    private final CustomerService customers;
    private final com.creditwb.workbench.alliance.AllianceService alliances;
    private final com.creditwb.workbench.keyaccount.plan.PlanService plans;
    private final Messages messages;

    NegotiationFormCheck(CustomerService customers, com.creditwb.workbench.alliance.AllianceService alliances,
            com.creditwb.workbench.keyaccount.plan.PlanService plans, Messages messages) {
        this.customers = customers;
        this.alliances = alliances;
        this.plans = plans;
        this.messages = messages;
    }

    /** Refuses the form with every problem found; {@code current} is the record as stored (null for a new one). */
    void check(NegotiationForm f, String owner, Negotiation current) {
        validate(f, owner);
        validateLinks(f, current);
    }

    private void validate(NegotiationForm f, String owner) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        validateParts(f, owner, errors);
        if (f.subject() == null || f.subject().isBlank() || f.subject().length() > 200 || !PlainText.isPlain(f.subject())) {
            errors.add(new ValidationException.FieldError("subject", messages.get("negotiation.error.subject")));
        }
        if (f.counterpartId() == null) {
            errors.add(new ValidationException.FieldError("counterpart", messages.get("validation.required")));
        } else {
            customers.ownerOf(f.counterpartId());
        }
        if (f.direction() == null) {
            errors.add(new ValidationException.FieldError("direction", messages.get("validation.required")));
        }
        if (f.contractValue() != null && (f.contractValue().signum() < 0 || f.contractValue().precision() - f.contractValue().scale() > 17)) {
            errors.add(new ValidationException.FieldError("contractValue", messages.get("negotiation.error.value")));
        }
        if (f.startDate() != null && f.deadline() != null && f.deadline().isBefore(f.startDate())) {
            errors.add(new ValidationException.FieldError("deadline", messages.get("negotiation.error.deadline")));
        }
        if (f.team() != null && f.team().size() > 30) {
            errors.add(new ValidationException.FieldError("team", messages.get("negotiation.error.team")));
        }
        List<PlanIssue> issues = f.issues() == null ? List.of() : f.issues();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            PlanIssue issue = issues.get(i);
            String field = "issues[" + i + "]";
            if (issue == null || issue.name() == null || issue.name().isBlank() || issue.name().length() > 100 || !names.add(issue.name())) {
                errors.add(new ValidationException.FieldError(field + ".name", messages.get("negotiation.error.issueName")));
                continue;
            }
            if (issue.better() == null || issue.optimal() == null || issue.acceptable() == null || issue.minimum() == null) {
                errors.add(new ValidationException.FieldError(field, messages.get("negotiation.error.targets", issue.name())));
                continue;
            }
            if (issue.weight() == null || !(issue.weight() > 0) || !Double.isFinite(issue.weight())) {
                errors.add(new ValidationException.FieldError(field + ".weight", messages.get("negotiation.error.weight")));
            }
            if (!issue.targets().consistent()) {
                errors.add(new ValidationException.FieldError(field + ".acceptable", messages.get("negotiation.error.inconsistent", issue.name())));
            }
        }
        if (f.reservationScore() != null && (f.reservationScore() < -1000 || f.reservationScore() > 100)) {
            errors.add(new ValidationException.FieldError("reservationScore", messages.get("negotiation.error.value")));
        }
        if (f.batnaDescription() != null && f.batnaDescription().length() > 2000) {
            errors.add(new ValidationException.FieldError("batna", messages.get("negotiation.error.value")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The linked alliance must be one the user may open, the linked plan one of the counterpart's key-account plans
     * the user may read — checked when the link is new or changed (a team member keeps a link made by the owner).
     */
    private void validateLinks(NegotiationForm f, Negotiation current) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        boolean allianceChanged = f.allianceId() != null && (current == null || !f.allianceId().equals(current.getAllianceId()));
        if (allianceChanged) {
            try {
                alliances.get(f.allianceId());
            } catch (NotFoundException | AccessDeniedException e) {
                errors.add(new ValidationException.FieldError("alliance", messages.get("negotiation.error.alliance")));
            }
        }
        boolean planChanged = f.planId() != null && (current == null || !f.planId().equals(current.getPlanId())
                || !f.counterpartId().equals(current.getCounterpartId()));
        if (planChanged) {
            boolean ofCounterpart = plans.canReadPlans(f.counterpartId())
                    && plans.refs(f.counterpartId()).stream().anyMatch(p -> p.id().equals(f.planId()));
            if (!ofCounterpart) {
                errors.add(new ValidationException.FieldError("plan", messages.get("negotiation.error.plan")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Topics (leads and supports on the team), counterpart analysis and strategy. */
    private void validateParts(NegotiationForm f, String owner, List<ValidationException.FieldError> errors) {
        Set<String> people = new HashSet<>(f.team() == null ? Set.of() : f.team().keySet());
        people.add(owner);
        if (f.topics() != null) {
            Set<TeamRules.Topic> seen = new HashSet<>();
            for (int i = 0; i < f.topics().size(); i++) {
                TopicTeam t = f.topics().get(i);
                String field = "topics[" + i + "]";
                if (t == null || t.topic() == null || !seen.add(t.topic())) {
                    errors.add(new ValidationException.FieldError(field + ".topic", messages.get("negotiation.error.topic")));
                    continue;
                }
                if (t.lead() != null && !people.contains(t.lead())) {
                    errors.add(new ValidationException.FieldError(field + ".lead", messages.get("negotiation.error.notOnTeam", t.lead())));
                }
                for (String u : t.support()) {
                    if (u == null || !people.contains(u) || u.equals(t.lead())) {
                        errors.add(new ValidationException.FieldError(field + ".support", messages.get("negotiation.error.notOnTeam", u)));
                    }
                }
            }
        }
        CounterpartAnalysis c = f.counterpart();
        if (c != null) {
            for (int i = 0; i < c.checks().size(); i++) {
                CounterpartAnalysis.LegalCheck check = c.checks().get(i);
                if (check == null || check.kind() == null) {
                    errors.add(new ValidationException.FieldError("counterpartAnalysis.checks[" + i + "].kind", messages.get("validation.required")));
                } else {
                    text(errors, "counterpartAnalysis.checks[" + i + "].note", check.note(), 1000);
                }
            }
            if (c.authority() != null) {
                text(errors, "counterpartAnalysis.authority.name", c.authority().name(), 200);
                text(errors, "counterpartAnalysis.authority.scope", c.authority().scope(), 1000);
            }
            c.strength().forEach((k, v) -> {
                if (v < CounterpartAnalysis.STRENGTH_MIN || v > CounterpartAnalysis.STRENGTH_MAX) {
                    errors.add(new ValidationException.FieldError("counterpartAnalysis.strength." + k.name(), messages.get("negotiation.error.strength")));
                }
            });
        }
        Strategy st = f.strategy();
        if (st != null) {
            text(errors, "strategy.theirGoals", st.theirGoals(), 4000);
            text(errors, "strategy.obstacles", st.obstacles(), 4000);
            text(errors, "strategy.theirTerms", st.theirTerms(), 4000);
            text(errors, "strategy.counterMeasures", st.counterMeasures(), 4000);
            text(errors, "strategy.alternatives", st.alternatives(), 4000);
            if (st.clauses().size() > 50) {
                errors.add(new ValidationException.FieldError("strategy.clauses", messages.get("negotiation.error.clauses")));
            }
            for (int i = 0; i < st.clauses().size() && i < 50; i++) {
                Strategy.ClausePosition cp = st.clauses().get(i);
                String field = "strategy.clauses[" + i + "]";
                if (cp == null || cp.clause() == null || cp.clause().isBlank()) {
                    errors.add(new ValidationException.FieldError(field + ".clause", messages.get("validation.required")));
                    continue;
                }
                text(errors, field + ".clause", cp.clause(), 200);
                text(errors, field + ".position", cp.position(), 1000);
                text(errors, field + ".fallback", cp.fallback(), 1000);
                text(errors, field + ".redLine", cp.redLine(), 1000);
            }
            for (Double d : java.util.Arrays.asList(st.priceLow(), st.priceHigh())) {
                if (d != null && (!Double.isFinite(d) || Math.abs(d) > 1e15)) {
                    errors.add(new ValidationException.FieldError("strategy.priceRange", messages.get("negotiation.error.value")));
                }
            }
            if (st.priceLow() != null && st.priceHigh() != null && st.priceLow() > st.priceHigh()) {
                errors.add(new ValidationException.FieldError("strategy.priceRange", messages.get("negotiation.error.priceRange")));
            }
            if (st.venue() != null) {
                text(errors, "strategy.venue.mainRoom", st.venue().mainRoom(), 200);
                text(errors, "strategy.venue.caucusRoom", st.venue().caucusRoom(), 200);
                text(errors, "strategy.venue.restRoom", st.venue().restRoom(), 200);
            }
        }
    }

    /** A free text within its length, plain (no control characters) but for line breaks. */
    void text(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && (value.length() > max || !PlainText.isPlainMultiline(value))) {
            errors.add(new ValidationException.FieldError(field, messages.get("negotiation.error.text", max)));
        }
    }
}
