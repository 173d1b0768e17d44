package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogEntry;
import com.creditwb.workbench.common.audit.ReadLogService;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.CreditDecision;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business negotiations, confidential (信息保密): only the owner, the team and ADMIN may open one — for anyone
 * else it does not exist (not found, absent from lists); every opening is written to the read log; an archived
 * negotiation is read-only. Account managers create them and own them; the owner and the team edit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NegotiationService {

    /**
     * A warning about the negotiation or an offer: a code, the message's arguments and, for a code whose message
     * differs by case (LEAD_MISFIT by topic), the variant: message {@code negotiation.warning.<code>[.<variant>]}.
     */
    public record Warning(String code, List<Object> args, String variant) {

        public Warning(String code, List<Object> args) {
            this(code, args, null);
        }

        public String messageKey() {
            return "negotiation.warning." + code + (variant == null ? "" : "." + variant);
        }
    }

    /** An offer of a session scored against the current plan. */
    public record ScoredOffer(NegotiationSession.Offer offer, Scored scored) {
    }

    /** A session with its offers scored and the credit frozen into it (null for a user who may not see the counterpart's credit). */
    public record ScoredSession(NegotiationSession session, List<ScoredOffer> offers, NegotiationSession.CreditSnapshot credit) {
    }

    /** Both sides' concessions over every offer in order, the warnings, and each offer's score in order (for the chart). */
    public record ConcessionReport(Concessions.Result result, List<Warning> warnings, List<Point> points) {
    }

    /** One offer on the chart: the session's date, the side and our score of the offer. */
    public record Point(LocalDate date, int sequence, Concessions.Side by, double score) {
    }

    /** What is recorded of a session. */
    public record SessionForm(LocalDate date, String attendeesUs, String attendeesThem, List<NegotiationSession.Offer> offers, String notes,
            String nextSteps, Set<Confidentiality.SessionItem> checklist) {
    }

    /** The team-size table (members by importance) and the contract value that adds one member. */

    /** A package scored against the plan, with the breaches and the credit warnings. */
    public record Scored(PackageScore.Result result, List<Warning> warnings) {
    }

    private final NegotiationRepository negotiations;
    private final com.creditwb.workbench.alliance.AllianceService alliances;
    private final com.creditwb.workbench.keyaccount.plan.PlanService plans;
    private final NegotiationSessionRepository sessions;
    private final TeamSizeService teamSizes;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final ReadLogService readLog;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;

    NegotiationService(NegotiationRepository negotiations, NegotiationSessionRepository sessions, TeamSizeService teamSizes,
            CustomerService customers, CreditMonitorService monitor, CurrentUser currentUser, AccessPolicy policy, ReadLogService readLog,
            Messages messages, Clock clock, EntityManager entityManager, com.creditwb.workbench.alliance.AllianceService alliances,
            com.creditwb.workbench.keyaccount.plan.PlanService plans) {
        this.negotiations = negotiations;
        this.alliances = alliances;
        this.plans = plans;
        this.sessions = sessions;
        this.teamSizes = teamSizes;
        this.customers = customers;
        this.monitor = monitor;
        this.currentUser = currentUser;
        this.policy = policy;
        this.readLog = readLog;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    static AccessPolicy.Subject subject(Negotiation n) {
        return new AccessPolicy.Subject(AccessPolicy.Area.NEGOTIATION, n.getOwner(), n.getTeam().keySet());
    }

    public boolean canRead(Negotiation n) {
        return policy.canRead(subject(n));
    }

    public boolean canEdit(Negotiation n) {
        return n.getStatus() != NegotiationStatus.ARCHIVED && policy.canEdit(subject(n));
    }

    private Negotiation readable(Long id) {
        Negotiation n = negotiations.findById(id).orElseThrow(() -> new NotFoundException("Negotiation", id));
        policy.checkRead(subject(n), "Negotiation", id);
        n.getTeam().size();
        return n;
    }

    private Negotiation editable(Long id, Long version) {
        Negotiation n = readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canEdit(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        ConcurrentEditException.unlessSame(n.getVersion(), version, messages);
        return n;
    }

    /** Those the user may open that the filter accepts. */
    public List<Negotiation> list(NegotiationFilter filter) {
        String me = currentUser.username();
        return list().stream().filter(n -> filter.matches(n, me)).toList();
    }

    /** The owner moves the status (not once archived). */
    public boolean canDecide(Negotiation n) {
        return n.getStatus() != NegotiationStatus.ARCHIVED && policy.canDecide(subject(n));
    }

    /** The owner and ADMIN see who opened it. */
    public boolean canSeeOpenings(Negotiation n) {
        return policy.canAudit(subject(n));
    }

    /** Those the user may open: all for ADMIN, owned or on the team for anyone else. */
    public List<Negotiation> list() {
        List<Negotiation> all = currentUser.hasRole(Role.ADMIN) ? negotiations.findAllOrdered() : negotiations.findForUser(currentUser.username());
        List<Negotiation> readable = all.stream().filter(this::canRead).toList();
        readable.forEach(n -> n.getTeam().size());
        return readable;
    }

    /** The negotiation as opened through the given channel (page, API, export): the opening is logged. */
    public Negotiation open(Long id, ReadChannel channel) {
        Negotiation n = readable(id);
        readLog.opened(Negotiation.AUDIT_TYPE, id, channel);
        return n;
    }

    /** Who opened it, when and how: the owner and ADMIN. */
    public List<ReadLogEntry> openings(Long id) {
        Negotiation n = readable(id);
        if (!policy.canAudit(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        return readLog.openings(Negotiation.AUDIT_TYPE, id);
    }

    /** The suggested team size by the seed's principles and ADMIN's table ({@link TeamSizeService}). */
    public int suggestedTeamSize(Negotiation n) {
        return teamSizes.suggested(n);
    }

    public boolean canCreate() {
        return currentUser.hasRole(Role.ACCOUNT_MANAGER);
    }

    /** The customer's negotiations the user may open. */
    public List<Negotiation> forCustomer(Long customerId) {
        return list().stream().filter(n -> customerId.equals(n.getCounterpartId())).toList();
    }

    /** The alliance's negotiations the user may open. */
    public List<Negotiation> forAlliance(Long allianceId) {
        return list().stream().filter(n -> allianceId.equals(n.getAllianceId())).toList();
    }

    /** My open negotiations (owner or team, preparing or in progress), by deadline: for the dashboard. */
    public List<Negotiation> mine() {
        String me = currentUser.username();
        return list().stream().filter(n -> n.participants().contains(me))
                .filter(n -> n.getStatus() == NegotiationStatus.PREPARING || n.getStatus() == NegotiationStatus.IN_PROGRESS).toList();
    }

    /** Reads without logging, for a page that was opened already (reload after a save). */
    public Negotiation get(Long id) {
        return readable(id);
    }

    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public Negotiation create(NegotiationForm form) {
        Negotiation n = new Negotiation(currentUser.username());
        validate(form, n.getOwner());
        validateLinks(form, null);
        n.describe(form);
        return negotiations.saveAndFlush(n);
    }

    @Transactional
    public Negotiation update(Long id, Long version, NegotiationForm form) {
        Negotiation n = editable(id, version);
        validate(form, n.getOwner());
        validateLinks(form, n);
        n.describe(form);
        entityManager.flush();
        return n;
    }

    /**
     * Moves the status (PREPARING → IN_PROGRESS → AGREED with the agreed values / NO_DEAL with a reason → ARCHIVED);
     * the owner only.
     */
    @Transactional
    public Negotiation status(Long id, Long version, NegotiationStatus next, Map<String, Double> values, String reason) {
        Negotiation n = readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canDecide(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        if (version != null) {
            ConcurrentEditException.unlessSame(n.getVersion(), version, messages);
        }
        if (next == null || !n.getStatus().canGoTo(next)) {
            throw ValidationException.of("status", messages.get("negotiation.error.status"));
        }
        if (next == NegotiationStatus.AGREED) {
            boolean complete = values != null && !n.getIssues().isEmpty()
                    && n.getIssues().stream().allMatch(i -> values.get(i.name()) != null);
            if (!complete) {
                throw ValidationException.of("values", messages.get("negotiation.error.agreedValues"));
            }
            checkValues(n, values, "values");
        }
        if (next == NegotiationStatus.NO_DEAL && (reason == null || reason.isBlank() || reason.length() > 2000)) {
            throw ValidationException.of("reason", messages.get("negotiation.error.reason"));
        }
        Map<String, Double> ordered = null;
        if (values != null) {
            ordered = new java.util.LinkedHashMap<>(); // in the plan's order
            for (PlanIssue i : n.getIssues()) {
                if (values.containsKey(i.name())) {
                    ordered.put(i.name(), values.get(i.name()));
                }
            }
        }
        n.close(next, ordered, reason == null ? null : reason.strip());
        entityManager.flush();
        return n;
    }

    /** Scores a package against the plan; when we sell, the credit feature's decision and check add their warnings. */
    public Scored score(Long id, Map<String, Double> values) {
        Negotiation n = readable(id);
        checkValues(n, values, "values");
        return scored(n, values);
    }

    private Scored scored(Negotiation n, Map<String, Double> values) {
        List<IssueTargets> targets = n.getIssues().stream().map(PlanIssue::targets).toList();
        return new Scored(PackageScore.score(targets, values), creditWarnings(n, values));
    }

    private void checkValues(Negotiation n, Map<String, Double> values, String field) {
        Set<String> known = new HashSet<>(n.getIssues().stream().map(PlanIssue::name).toList());
        List<ValidationException.FieldError> errors = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!known.contains(k)) {
                errors.add(new ValidationException.FieldError(field + "." + k, messages.get("negotiation.error.unknownIssue")));
            } else if (v == null || !Double.isFinite(v) || Math.abs(v) > 1e15) {
                errors.add(new ValidationException.FieldError(field + "." + k, messages.get("negotiation.error.value")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The agreed package scored against the plan (null unless agreed). */
    public PackageScore.Result outcome(Negotiation n) {
        if (n.getOutcomeValues().isEmpty()) {
            return null;
        }
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        n.getOutcomeValues().forEach((k, v) -> values.put(k, v == null ? null : ((Number) v).doubleValue()));
        return PackageScore.score(n.getIssues().stream().map(PlanIssue::targets).toList(), values);
    }

    // ---- sessions, offers and concessions (管理谈判活动)

    /** The sessions in order, each offer scored against the current plan. */
    public List<ScoredSession> sessions(Long id) {
        Negotiation n = readable(id);
        boolean seesCredit = customers.canSeeCredit(n.getCounterpartId());
        return sessions.findByNegotiationIdOrderByDateAscIdAsc(n.getId()).stream()
                .map(s -> new ScoredSession(s, s.getOffers().stream().map(o -> new ScoredOffer(o, scored(n, o.values()))).toList(),
                        seesCredit ? s.getCreditSnapshot() : null)).toList();
    }

    /**
     * Records a session (the owner or the team, while preparing or in progress; a negotiation still preparing moves
     * to in progress): the counterpart's credit as it stands now is frozen into it.
     */
    @Transactional
    public NegotiationSession addSession(Long id, SessionForm form) {
        Negotiation n = sessionEditable(id);
        validate(n, form);
        NegotiationSession s = new NegotiationSession(n.getId());
        s.describe(form.date(), strip(form.attendeesUs()), strip(form.attendeesThem()), form.offers(), strip(form.notes()),
                strip(form.nextSteps()), form.checklist());
        // frozen whoever records it (a team member may not see the counterpart's credit; it is shown only to those who may)
        s.freeze(com.creditwb.workbench.common.SystemAuthentication.call(() -> creditSnapshot(n)));
        if (n.getStatus() == NegotiationStatus.PREPARING) {
            n.close(NegotiationStatus.IN_PROGRESS, null, null);
        }
        NegotiationSession saved = sessions.saveAndFlush(s);
        entityManager.flush();
        return saved;
    }

    /** Changes a recorded session with the version read (its frozen credit stays as it was). */
    @Transactional
    public NegotiationSession updateSession(Long id, Long sessionId, Long version, SessionForm form) {
        Negotiation n = sessionEditable(id);
        NegotiationSession s = session(n, sessionId);
        ConcurrentEditException.unlessSame(s.getVersion(), version, messages);
        validate(n, form);
        s.describe(form.date(), strip(form.attendeesUs()), strip(form.attendeesThem()), form.offers(), strip(form.notes()),
                strip(form.nextSteps()), form.checklist());
        return sessions.saveAndFlush(s);
    }

    @Transactional
    public void deleteSession(Long id, Long sessionId) {
        Negotiation n = sessionEditable(id);
        sessions.delete(session(n, sessionId));
        sessions.flush();
    }

    private NegotiationSession session(Negotiation n, Long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getNegotiationId().equals(n.getId()))
                .orElseThrow(() -> new NotFoundException("NegotiationSession", sessionId));
    }

    private Negotiation sessionEditable(Long id) {
        Negotiation n = readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canEdit(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        if (n.getStatus() != NegotiationStatus.PREPARING && n.getStatus() != NegotiationStatus.IN_PROGRESS) {
            throw ValidationException.of("status", messages.get("negotiation.error.closed"));
        }
        return n;
    }

    private void validate(Negotiation n, SessionForm f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.date() == null) {
            errors.add(new ValidationException.FieldError("date", messages.get("validation.required")));
        } else if (f.date().isAfter(LocalDate.now(clock).plusYears(5)) || f.date().getYear() < 1990) {
            errors.add(new ValidationException.FieldError("date", messages.get("negotiation.error.value")));
        }
        text(errors, "attendees", f.attendeesUs(), 1000);
        text(errors, "attendeesThem", f.attendeesThem(), 1000);
        text(errors, "notes", f.notes(), 4000);
        text(errors, "nextSteps", f.nextSteps(), 2000);
        List<NegotiationSession.Offer> offers = f.offers() == null ? List.of() : f.offers();
        if (offers.size() > 50) {
            errors.add(new ValidationException.FieldError("offers", messages.get("negotiation.error.offers")));
        }
        for (int i = 0; i < offers.size() && i < 50; i++) {
            NegotiationSession.Offer o = offers.get(i);
            if (o == null || o.by() == null) {
                errors.add(new ValidationException.FieldError("offers[" + i + "].by", messages.get("validation.required")));
                continue;
            }
            if (o.values() == null || o.values().isEmpty()) {
                errors.add(new ValidationException.FieldError("offers[" + i + "].values", messages.get("negotiation.error.offerValues")));
                continue;
            }
            try {
                checkValues(n, o.values(), "offers[" + i + "].values");
            } catch (ValidationException e) {
                errors.addAll(e.getErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void text(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && (value.length() > max || !PlainText.isPlainMultiline(value))) {
            errors.add(new ValidationException.FieldError(field, messages.get("negotiation.error.text", max)));
        }
    }

    /** Concessions over all offers in order (sessions by date, offers as recorded), with UNRECIPROCATED when it applies. */
    public ConcessionReport concessions(Long id) {
        List<ScoredSession> list = sessions(id);
        List<Concessions.Offer> offers = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (ScoredSession s : list) {
            for (ScoredOffer o : s.offers()) {
                offers.add(new Concessions.Offer(o.offer().by(), o.scored().result().score()));
                points.add(new Point(s.session().getDate(), points.size() + 1, o.offer().by(), o.scored().result().score()));
            }
        }
        Concessions.Result r = Concessions.of(offers);
        List<Warning> warnings = r.unreciprocated() ? List.of(new Warning("UNRECIPROCATED", List.of())) : List.of();
        return new ConcessionReport(r, warnings, points);
    }

    /** The counterpart's credit now (null when the user may not see it or there is no approved decision). */
    public NegotiationSession.CreditSnapshot creditNow(Negotiation n) {
        return customers.canSeeCredit(n.getCounterpartId()) ? creditSnapshot(n) : null;
    }

    private NegotiationSession.CreditSnapshot creditSnapshot(Negotiation n) {
        var exposure = monitor.exposure(n.getCounterpartId(), CreditMonitorService.DEFAULT_DSO_DAYS);
        CreditDecision d = exposure.decisionRecord();
        if (d == null) {
            return null;
        }
        return new NegotiationSession.CreditSnapshot(d.rating(), d.riskClass() == null ? null : d.riskClass().name(), d.limit(), d.currency(),
                d.termsDays(), exposure.available(), exposure.aging() == null ? BigDecimal.ZERO : exposure.aging().overdue(), d.nextReviewDate());
    }

    /** Credit in the plan: terms beyond the approved decision's, a contract value above the available limit, no or an expired decision. */
    List<Warning> creditWarnings(Negotiation n, Map<String, Double> values) {
        List<Warning> warnings = new ArrayList<>();
        if (n.getDirection() != Direction.SELL || !customers.canSeeCredit(n.getCounterpartId())) {
            return warnings;
        }
        CreditDecision d = monitor.exposure(n.getCounterpartId(), CreditMonitorService.DEFAULT_DSO_DAYS).decisionRecord();
        if (d == null) {
            warnings.add(new Warning("NO_DECISION", List.of()));
            return warnings;
        }
        if (d.nextReviewDate() != null && d.nextReviewDate().isBefore(LocalDate.now(clock))) {
            warnings.add(new Warning("DECISION_EXPIRED", List.of(d.nextReviewDate())));
        }
        for (PlanIssue i : n.getIssues()) {
            Double offered = values.get(i.name());
            if (i.kind() == IssueKind.PAYMENT_TERMS_DAYS && offered != null && d.termsDays() != null && offered > d.termsDays()) {
                warnings.add(new Warning("CREDIT_TERMS_EXCEEDED", List.of(Math.round(offered), d.termsDays())));
            }
        }
        if (n.getContractValue() != null && n.getContractValue().signum() > 0) {
            String code = customers.record(n.getCounterpartId()).code();
            var check = monitor.check(code, n.getContractValue(), d.currency() == null ? "CNY" : d.currency());
            if (check.codes().contains("LIMIT_EXCEEDED")) {
                warnings.add(new Warning("CREDIT_LIMIT_EXCEEDED", List.of(n.getContractValue())));
            }
        }
        return warnings;
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

    /**
     * Warnings of the record: the team smaller than suggested, a topic's lead without its expertise, the
     * representative's authority ended or ending before the deadline, the counterpart's credit (no or an expired
     * decision, the contract value above the available limit, the plan's worst payment terms beyond the approved ones)
     * and our concessions unanswered.
     */
    public List<Warning> warnings(Negotiation n) {
        List<Warning> warnings = new ArrayList<>();
        int size = n.participants().size();
        int suggested = suggestedTeamSize(n);
        if (size < suggested) {
            warnings.add(new Warning("TEAM_TOO_SMALL", List.of(size, suggested)));
        }
        Map<String, Set<TeamRules.Expertise>> expertise = new java.util.HashMap<>(n.getTeam());
        for (TopicTeam t : n.getTopics()) {
            if (t.lead() != null && !TeamRules.leadFits(t.topic(), expertise.get(t.lead()))) {
                warnings.add(new Warning("LEAD_MISFIT", List.of(t.lead()), t.topic().name()));
            }
        }
        CounterpartAnalysis.Authority authority = n.getCounterpartAnalysis().authority();
        if (authority != null && authority.expired(n.getDeadline(), LocalDate.now(clock))) {
            warnings.add(new Warning("AUTHORITY_EXPIRED", List.of(authority.validUntil())));
        }
        Map<String, Double> worst = new java.util.LinkedHashMap<>();
        n.getIssues().forEach(i -> worst.put(i.name(), i.minimum()));
        warnings.addAll(creditWarnings(n, worst));
        if (n.getStatus() == NegotiationStatus.IN_PROGRESS || n.getStatus() == NegotiationStatus.PREPARING) {
            warnings.addAll(concessions(n.getId()).warnings());
        }
        return warnings;
    }
}
