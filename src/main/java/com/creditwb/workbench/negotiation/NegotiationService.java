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

    /** A warning about the negotiation or an offer: a code (message {@code negotiation.warning.<code>}). */
    public record Warning(String code, List<Object> args) {
    }

    /** A package scored against the plan, with the breaches and the credit warnings. */
    public record Scored(PackageScore.Result result, List<Warning> warnings) {
    }

    private final NegotiationRepository negotiations;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final ReadLogService readLog;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;

    NegotiationService(NegotiationRepository negotiations, CustomerService customers, CreditMonitorService monitor,
            CurrentUser currentUser, AccessPolicy policy, ReadLogService readLog, Messages messages, Clock clock,
            EntityManager entityManager) {
        this.negotiations = negotiations;
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

    /** The suggested team size (the seed's principles, default table). */
    public static int suggestedTeamSize(Negotiation n) {
        return TeamRules.suggestedSize(TeamRules.DEFAULT_SIZES, n.getImportance(), n.getDifficulty(),
                n.getContractValue() == null ? null : n.getContractValue().doubleValue());
    }

    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public Negotiation create(NegotiationForm form) {
        Negotiation n = new Negotiation(currentUser.username());
        validate(form);
        n.describe(form);
        return negotiations.saveAndFlush(n);
    }

    @Transactional
    public Negotiation update(Long id, Long version, NegotiationForm form) {
        Negotiation n = editable(id, version);
        validate(form);
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
        if (next == NegotiationStatus.AGREED && (values == null || values.isEmpty())) {
            throw ValidationException.of("values", messages.get("negotiation.error.agreedValues"));
        }
        if (next == NegotiationStatus.NO_DEAL && (reason == null || reason.isBlank() || reason.length() > 2000)) {
            throw ValidationException.of("reason", messages.get("negotiation.error.reason"));
        }
        n.close(next, values, reason == null ? null : reason.strip());
        entityManager.flush();
        return n;
    }

    /** Scores a package against the plan; when we sell, the credit feature's decision and check add their warnings. */
    public Scored score(Long id, Map<String, Double> values) {
        Negotiation n = readable(id);
        List<IssueTargets> targets = n.getIssues().stream().map(PlanIssue::targets).toList();
        Set<String> known = new HashSet<>(targets.stream().map(IssueTargets::name).toList());
        List<ValidationException.FieldError> errors = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!known.contains(k)) {
                errors.add(new ValidationException.FieldError("values." + k, messages.get("negotiation.error.unknownIssue")));
            } else if (v == null || !Double.isFinite(v)) {
                errors.add(new ValidationException.FieldError("values." + k, messages.get("negotiation.error.value")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PackageScore.Result result = PackageScore.score(targets, values);
        return new Scored(result, creditWarnings(n, values));
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
            String code = customers.get(n.getCounterpartId()).getCode();
            var check = monitor.check(code, n.getContractValue(), d.currency() == null ? "CNY" : d.currency());
            if (check.codes().contains("LIMIT_EXCEEDED")) {
                warnings.add(new Warning("CREDIT_LIMIT_EXCEEDED", List.of(n.getContractValue())));
            }
        }
        return warnings;
    }

    private void validate(NegotiationForm f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
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

    /** The score of the plan's all-acceptable package (null without issues). */
    public static Double acceptableScore(Negotiation n) {
        List<IssueTargets> targets = n.getIssues().stream().map(PlanIssue::targets).toList();
        return targets.isEmpty() ? null : PackageScore.acceptableScore(targets);
    }

    /** Warnings of the record itself: the team smaller than suggested. */
    public static List<Warning> warnings(Negotiation n) {
        List<Warning> warnings = new ArrayList<>();
        int size = n.getTeam().size() + 1;
        if (size < suggestedTeamSize(n)) {
            warnings.add(new Warning("TEAM_TOO_SMALL", List.of(size, suggestedTeamSize(n))));
        }
        return warnings;
    }

    /** For the API's amounts. */
    static BigDecimal amount(Double v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
