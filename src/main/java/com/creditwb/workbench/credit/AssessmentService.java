package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.AssessmentStatus;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.domain.AssessmentSnapshot;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogEntry;
import com.creditwb.workbench.common.audit.ReadLogService;
import com.creditwb.workbench.common.ValidationException.FieldError;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.ScoringModelVersion;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.credit.scoring.CreditFacts;
import com.creditwb.workbench.credit.scoring.Prefill;
import com.creditwb.workbench.credit.scoring.Scorer;
import com.creditwb.workbench.customer.CreditFileService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.statement.domain.RatioReport;
import com.creditwb.workbench.statement.StatementService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit assessments and the workflow draft → submitted → approved / returned. Credit managers write;
 * the approver must be another credit manager than the author (four-eyes, enforced here). Approval
 * freezes the assessment and makes it the customer's current credit decision. Reading needs the right
 * to see the customer's credit outcome (account managers: their own customers).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AssessmentService {

    public static final int DEFAULT_TERMS = 60;
    public static final double DEFAULT_HAIRCUT = 0.3;

    private final AssessmentRepository assessments;
    private final ScoringModelService models;
    private final CustomerService customers;
    private final CreditFileService creditFiles;
    private final StatementService statements;
    private final ReceivableService receivables;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final AccessPolicy policy;
    private final ReadLogService readLog;

    private final com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures;

    AssessmentService(AssessmentRepository assessments, ScoringModelService models, CustomerService customers,
            CreditFileService creditFiles, StatementService statements, ReceivableService receivables, CurrentUser currentUser,
            Messages messages, Clock clock, AccessPolicy policy, ReadLogService readLog,
            com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures) {
        this.figures = figures;
        this.policy = policy;
        this.readLog = readLog;
        this.assessments = assessments;
        this.models = models;
        this.customers = customers;
        this.creditFiles = creditFiles;
        this.statements = statements;
        this.receivables = receivables;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the signed-in user has a role that works with credit at all (the Credit tab, the alerts card). */
    public boolean canUseCredit() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.FINANCE, Role.ACCOUNT_MANAGER);
    }

    public boolean canAssess() {
        return policy.canEdit(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, null));
    }

    /**
     * Starts a draft: the request from the current decision if there is one, the latest statements, pre-filled scores — or
     * returns the caller's own open draft of the customer (draft or returned, newer than the current decision), so that
     * "New assessment" clicked twice does not leave two drafts.
     */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    public Assessment start(Long customerId) {
        CustomerRecord customer = customers.record(customerId);
        Optional<Assessment> decision = assessments.findFirstByCustomerIdAndCurrentTrue(customerId);
        Optional<Assessment> open = assessments.findFirstByCustomerIdAndAuthorAndStatusInOrderByIdDesc(customerId, currentUser.username(),
                List.of(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED));
        if (open.isPresent() && (decision.isEmpty() || open.get().getId() > decision.get().getId())) {
            return open.get();
        }
        ScoringModelVersion model = models.current();
        List<StatementService.Period> periods = statements.heldPeriods(customerId);
        AssessmentInput input = new AssessmentInput(decision.map(Assessment::getLimitAmount).orElse(null),
                decision.map(Assessment::getTermsDays).orElse(DEFAULT_TERMS), null, null, null, DEFAULT_HAIRCUT,
                periods.isEmpty() ? null : periods.get(0).periodEnd(), Map.of());
        Assessment a = new Assessment(customer.id(), model.getId(), currentUser.username());
        Evaluation e = evaluate(customer, model, input, CreditOverride.NONE);
        a.setInput(e.input());
        a.setOutcome(e);
        return assessments.saveAndFlush(a);
    }

    public Assessment get(Long id) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        policy.checkRead(customers.subject(AccessPolicy.Area.CREDIT, a.getCustomerId()), "Assessment", id);
        return a;
    }

    /** What the read log files an assessment's openings under. */
    public static final String READ_TYPE = "Assessment";

    /**
     * Opens an assessment to show it (page, API or export): an approved one — the frozen record of a credit
     * decision — is written to the read log with who opened it, when and through which channel.
     */
    public Assessment open(Long id, ReadChannel channel) {
        Assessment a = get(id);
        if (a.getStatus() == AssessmentStatus.APPROVED) {
            readLog.opened(READ_TYPE, id, channel);
        }
        return a;
    }

    /** Whether the user may see who opened the assessment (credit managers and ADMIN). */
    public boolean canSeeOpenings(Assessment a) {
        return policy.canAudit(customers.subject(AccessPolicy.Area.CREDIT, a.getCustomerId()));
    }

    /** Who opened the assessment, newest first. */
    public List<ReadLogEntry> openings(Long id) {
        Assessment a = get(id);
        if (!canSeeOpenings(a)) {
            throw new AccessDeniedException(messages.get("error.accessDenied"));
        }
        return readLog.openings(READ_TYPE, id);
    }

    /** Every assessment of the customer, newest first. */
    public List<Assessment> history(Long customerId) {
        checkRead(customerId);
        return assessments.findByCustomerIdOrderByIdDesc(customerId);
    }

    /** The approved assessment that is the customer's current credit decision. */
    public Optional<Assessment> currentDecision(Long customerId) {
        checkRead(customerId);
        return assessments.findFirstByCustomerIdAndCurrentTrue(customerId);
    }

    /** The current decision's limit, currency, review date and class, read without the assessment (credit check). */
    public Optional<DecisionFigures> decisionFigures(Long customerId) {
        checkRead(customerId);
        return assessments.findDecision(customerId);
    }

    /**
     * The assessment worked out: an approved one from its frozen snapshot, any other with today's data,
     * the given (unsaved) input and override where given.
     */
    public Evaluation evaluate(Assessment a, AssessmentInput input, CreditOverride override) {
        checkRead(a.getCustomerId());
        AssessmentSnapshot frozen = a.snapshot();
        if (frozen != null) {
            return new Evaluation(frozen.modelNumber(), frozen.model(), frozen.input(), frozen.facts(), frozen.result(),
                    frozen.override(), frozen.rating(), frozen.riskClass(), frozen.limit(), frozen.termsDays(), frozen.reviewMonths(),
                    frozen.result().recommendationZh(), frozen.result().recommendationEn());
        }
        return evaluate(customers.record(a.getCustomerId()), models.version(a.getModelId()), input != null ? input : a.input(),
                override != null ? override : a.override());
    }

    public Evaluation evaluate(Assessment a) {
        return evaluate(a, null, null);
    }

    private Evaluation evaluate(CustomerRecord customer, ScoringModelVersion version, AssessmentInput input, CreditOverride override) {
        ScoringModel model = version.model();
        CreditFacts facts = facts(customer, input.periodEnd());
        Double ratioScore = Scorer.score(model, input, facts).ratioScore();
        AssessmentInput prefilled = Prefill.apply(input, Prefill.scores(facts, input, ratioScore));
        return Evaluation.of(version.getNumber(), model, prefilled, facts, override);
    }

    /** What the assessment reads besides its input: customer, credit file, statements and ratios, receivables. */
    CreditFacts facts(CustomerRecord customer, LocalDate periodEnd) {
        CreditFileService.Levels file = creditFiles.levels(customer.id());
        Map<com.creditwb.workbench.statement.domain.LineItem, BigDecimal> amounts = Map.of();
        Map<String, CreditFacts.RatioValue> ratios = new HashMap<>();
        if (periodEnd != null) {
            amounts = statements.amounts(customer.id(), periodEnd);
            Optional<RatioReport> report = statements.ratios(customer.id(), periodEnd, null);
            report.ifPresent(r -> r.ratios().forEach((k, v) -> ratios.put(k, new CreditFacts.RatioValue(v.value(), v.meaningful(), v.reason()))));
        }
        Double overdueShare = receivables.summary(customer.id(), 30)
                .filter(s -> s.total().signum() > 0)
                .map(s -> s.overdueBeyond().divide(s.total(), java.math.MathContext.DECIMAL64).doubleValue())
                .orElse(null);
        return new CreditFacts(customer.industry() == null ? null : customer.industry().name(), customer.foundedOn(),
                file.bankRelations(), file.paymentRecord(), overdueShare, LocalDate.now(clock), amounts, ratios);
    }

    /** Saves the author's draft (or returned assessment); a stale copy is refused. */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    public Assessment save(Long id, Long version, AssessmentInput input, CreditOverride override) {
        Assessment a = editable(id, version);
        List<FieldError> errors = new ArrayList<>();
        checkInput(input, errors);
        checkOverride(override, models.version(a.getModelId()).model(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Evaluation e = evaluate(customers.record(a.getCustomerId()), models.version(a.getModelId()), input, override);
        a.setInput(e.input());
        a.setOverride(override);
        a.setOutcome(e);
        return assessments.saveAndFlush(a);
    }

    /** Submits for approval: every sub-factor scored, the request complete. */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    public Assessment submit(Long id, Long version) {
        Assessment a = editable(id, version);
        AssessmentInput input = a.input();
        List<FieldError> errors = new ArrayList<>();
        checkInput(input, errors);
        if (input.requestedLimit() == null) {
            errors.add(new FieldError("requestedLimit", messages.get("credit.error.requestedLimit")));
        }
        for (SubFactor sub : SubFactor.values()) {
            AssessmentInput.SubScore s = input.scores().get(sub);
            if (s == null || s.score() == null) {
                errors.add(new FieldError("scores." + sub.name(), messages.get("credit.error.unscored", messages.get(sub.messageKey()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        notSuperseded(a);
        a.setStatus(AssessmentStatus.SUBMITTED);
        a.setSubmittedAt(clock.instant());
        return assessments.saveAndFlush(a);
    }

    /**
     * Approves a submitted assessment — by a credit manager who is not its author (four-eyes). Freezes
     * it with every input, the data read and the outputs, and makes it the customer's current decision.
     */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    public Assessment approve(Long id, Long version, String comment) {
        return approve(id, version, comment, clock);
    }

    /** Approval as of another day (demo data backdates decisions so that reviews fall due). */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    Assessment approve(Long id, Long version, String comment, Clock clock) {
        Assessment a = submitted(id, version);
        notSuperseded(a);
        onNewestStatementsOrSaidWhyNot(a, comment);
        CustomerRecord customer = customers.record(a.getCustomerId());
        ScoringModelVersion model = models.version(a.getModelId());
        Evaluation e = evaluate(customer, model, a.input(), a.override());
        LocalDate today = LocalDate.now(clock);
        a.setInput(e.input());
        a.setOutcome(e);
        a.setNextReviewDate(today.plusMonths(e.reviewMonths()));
        a.decide(currentUser.username(), clock.instant(), com.creditwb.workbench.common.validation.PlainText.blankToNull(comment));
        a.setStatus(AssessmentStatus.APPROVED);
        assessments.findFirstByCustomerIdAndCurrentTrue(a.getCustomerId()).ifPresent(previous -> {
            previous.setCurrent(false);
            assessments.saveAndFlush(previous);
        });
        a.setCurrent(true);
        a.freeze(new AssessmentSnapshot(a.getId(), e.modelNumber(), e.model(), customer.code(), customer.name(), e.input(),
                e.facts(), e.result(), e.override(), e.rating(), e.riskClass(), e.limit(), a.getCurrency(), e.termsDays(),
                e.reviewMonths(), a.getNextReviewDate(), a.getAuthor(), a.getSubmittedAt(), currentUser.username(), a.getDecidedAt(),
                a.getDecisionComment()));
        Assessment approved = assessments.saveAndFlush(a);
        figures.refresh(a.getCustomerId());
        return approved;
    }

    /** Returns a submitted assessment to its author with a comment (by another credit manager). */
    @Transactional
    @RolesAllowed(Role.CREDIT_MANAGER_)
    public Assessment returnToAuthor(Long id, Long version, String comment) {
        Assessment a = submitted(id, version);
        if (comment == null || comment.isBlank()) {
            throw ValidationException.of("comment", messages.get("credit.error.returnComment"));
        }
        a.decide(currentUser.username(), clock.instant(), comment.strip());
        a.setStatus(AssessmentStatus.RETURNED);
        return assessments.saveAndFlush(a);
    }

    /** Submitted assessments waiting for approval, oldest first. */
    public List<Assessment> awaitingApproval() {
        return assessments.findByStatusOrderBySubmittedAtAsc(AssessmentStatus.SUBMITTED).stream()
                .filter(a -> canRead(a.getCustomerId())).toList();
    }

    /** Submitted assessments the signed-in user may decide (written by someone else), oldest first. */
    public List<Assessment> awaitingMyApproval() {
        return awaitingApproval().stream().filter(this::canDecide).toList();
    }

    /** My own submissions, waiting for another credit manager's decision, oldest first. */
    public List<Assessment> mySubmissionsAwaiting() {
        String me = currentUser.username();
        return awaitingApproval().stream().filter(a -> a.getAuthor().equals(me)).toList();
    }

    /** Current decisions whose review date falls on or before the date (due or overdue). */
    public List<Assessment> dueForReview(LocalDate until) {
        return assessments.findDueBy(until).stream().filter(a -> canRead(a.getCustomerId())).toList();
    }

    /** Current decisions overdue for review or falling due within the model's notice period. */
    public List<Assessment> dueForReview() {
        return dueForReview(LocalDate.now(clock).plusDays(models.current().model().monitoring().reviewSoonDays()));
    }

    /** Every current decision (for the portfolio). */
    public List<Assessment> currentDecisions() {
        if (!currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.FINANCE, Role.ACCOUNT_MANAGER)) {
            throw new AccessDeniedException("credit");
        }
        return assessments.findByCurrentTrue().stream().filter(a -> canRead(a.getCustomerId())).toList();
    }

    /** Who decided a customer's current credit (the assessment's author, a credit manager) and the payment terms granted. */
    public record DecisionOwner(String author, Integer termsDays) {
    }

    /** The customer's current decision's author and terms, for who may read its credit. */
    public Optional<DecisionOwner> decisionOwner(Long customerId) {
        return currentDecision(customerId).map(a -> new DecisionOwner(a.getAuthor(), a.getTermsDays()));
    }

    /** Per customer with a current decision: its author and terms (customers whose credit the user may not read left out). */
    public java.util.Map<Long, DecisionOwner> decisionOwners() {
        java.util.Map<Long, DecisionOwner> owners = new java.util.HashMap<>();
        for (Object[] row : assessments.currentAuthorsAndTerms()) {
            owners.put((Long) row[0], new DecisionOwner((String) row[1], (Integer) row[2]));
        }
        customers.readableOnly(AccessPolicy.Area.CREDIT).ifPresent(owners.keySet()::retainAll);
        return owners;
    }

    public boolean canRead(Long customerId) {
        return customers.canSeeCredit(customerId);
    }

    /** Whether the signed-in user may change the assessment: its author, a credit manager, while it is a draft or returned. */
    public boolean canEdit(Assessment a) {
        return policy.canEdit(customers.subject(AccessPolicy.Area.CREDIT, a.getCustomerId())) && a.getAuthor().equals(currentUser.username()) && a.getStatus().editable();
    }

    /** Whether the signed-in user may approve or return it: another credit manager than the author, once submitted (four-eyes). */
    /** Whether the assessment is the signed-in user's own, submitted and waiting for another credit manager (four-eyes). */
    public boolean awaitsOther(Assessment a) {
        return a.getStatus() == AssessmentStatus.SUBMITTED && a.getAuthor().equals(currentUser.username());
    }

    public boolean canDecide(Assessment a) {
        return policy.canDecide(customers.subject(AccessPolicy.Area.CREDIT, a.getCustomerId())) && !a.getAuthor().equals(currentUser.username())
                && a.getStatus() == AssessmentStatus.SUBMITTED;
    }

    /** The review date: the approved one, or what approval today would set for the evaluation's class. */
    public LocalDate nextReviewDate(Assessment a, Evaluation e) {
        return a.getNextReviewDate() != null ? a.getNextReviewDate() : LocalDate.now(clock).plusMonths(e.reviewMonths());
    }

    /** Whether a current decision is past its review date. */
    public boolean reviewOverdue(Assessment a) {
        return a.getNextReviewDate() != null && a.getNextReviewDate().isBefore(LocalDate.now(clock));
    }

    /** A customer whose credit the user may not see: its assessments are "not found", alike for unknown ones. */
    private void checkRead(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.CREDIT, customerId), "Assessment", customerId);
    }

    private Assessment editable(Long id, Long version) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        fresh(a, version);
        if (!a.getAuthor().equals(currentUser.username())) {
            throw new AccessDeniedException(messages.get("credit.error.notAuthor"));
        }
        if (!a.getStatus().editable()) {
            throw ValidationException.of("status", messages.get("credit.error.notEditable", messages.get(a.getStatus().messageKey())));
        }
        return a;
    }

    private Assessment submitted(Long id, Long version) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
        fresh(a, version);
        if (a.getAuthor().equals(currentUser.username())) {
            throw new AccessDeniedException(messages.get("credit.error.fourEyes"));
        }
        if (a.getStatus() != AssessmentStatus.SUBMITTED) {
            throw ValidationException.of("status", messages.get("credit.error.notSubmitted", messages.get(a.getStatus().messageKey())));
        }
        return a;
    }

    /**
     * An assessment started before the customer's current decision (a lower number: it was created earlier) may not be
     * submitted or approved: it would silently replace a newer decision. The message names the newer record.
     */
    private void notSuperseded(Assessment a) {
        assessments.findFirstByCustomerIdAndCurrentTrue(a.getCustomerId()).filter(d -> d.getId() > a.getId()).ifPresent(d -> {
            throw ValidationException.of("status", messages.get("credit.error.supersededByDecision", String.valueOf(d.getId()),
                    d.getRating() == null ? "—" : d.getRating(), d.getDecidedAt() == null ? "" : LocalDate.ofInstant(d.getDecidedAt(),
                            clock.getZone()).toString()));
        });
    }

    /**
     * Deciding on statements older than the newest held needs the approver to say why in the decision comment (e.g. the
     * newest are not audited yet); without a comment it is refused, naming the newer statements.
     */
    private void onNewestStatementsOrSaidWhyNot(Assessment a, String comment) {
        LocalDate used = a.input().periodEnd();
        List<StatementService.Period> periods = statements.heldPeriods(a.getCustomerId());
        if (used != null && !periods.isEmpty() && periods.get(0).periodEnd().isAfter(used) && (comment == null || comment.isBlank())) {
            throw ValidationException.of("periodEnd", messages.get("credit.error.supersededByStatements",
                    periods.get(0).periodEnd().toString(), used.toString()));
        }
    }

    private void fresh(Assessment a, Long version) {
        if (version != null) {
            ConcurrentEditException.unlessSame(a.getVersion(), version, messages);
        }
    }

    private void checkInput(AssessmentInput input, List<FieldError> errors) {
        if (input.requestedLimit() != null && input.requestedLimit().signum() < 0) {
            errors.add(new FieldError("requestedLimit", messages.get("credit.error.negative")));
        }
        if (input.expectedAnnualPurchases() != null && input.expectedAnnualPurchases().signum() < 0) {
            errors.add(new FieldError("expectedAnnualPurchases", messages.get("credit.error.negative")));
        }
        if (input.collateralValue() != null && input.collateralValue().signum() < 0) {
            errors.add(new FieldError("collateralValue", messages.get("credit.error.negative")));
        }
        if (input.requestedTermsDays() < 0 || input.requestedTermsDays() > 720) {
            errors.add(new FieldError("requestedTermsDays", messages.get("credit.error.terms")));
        }
        if (input.haircut() < 0 || input.haircut() > 1) {
            errors.add(new FieldError("haircut", messages.get("credit.error.haircut")));
        }
        input.scores().forEach((sub, s) -> {
            if (s.score() != null && (s.score() < SubFactor.MIN || s.score() > SubFactor.MAX)) {
                errors.add(new FieldError("scores." + sub.name(), messages.get("credit.error.level")));
            }
            if (s.comment() != null && s.comment().length() > 2000) {
                errors.add(new FieldError("scores." + sub.name(), messages.get("credit.error.commentLength")));
            }
        });
    }

    private void checkOverride(CreditOverride o, ScoringModel model, List<FieldError> errors) {
        if (o == null || !o.any()) {
            return;
        }
        if (o.reason() == null || o.reason().isBlank()) {
            errors.add(new FieldError("overrideReason", messages.get("credit.error.overrideReason")));
        }
        if (o.rating() != null && !o.rating().isBlank() && model.rating(o.rating()).isEmpty()) {
            errors.add(new FieldError("overrideRating", messages.get("credit.error.unknownRating", o.rating())));
        }
        if (o.limit() != null && o.limit().signum() < 0) {
            errors.add(new FieldError("overrideLimit", messages.get("credit.error.negative")));
        }
    }


}
