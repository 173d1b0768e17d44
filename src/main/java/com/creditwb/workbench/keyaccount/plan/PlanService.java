package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.CreditDecision;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key-account plans: the account manager who owns a customer writes its plans; ADMIN and CREDIT_MANAGER
 * read every plan. A draft is edited freely; activating it freezes the credit and value figures into it
 * and closes the version that was active; an active plan's actions are tracked (status changes) until it
 * is closed; a new version starts as a draft copy of the latest one. A stale copy is refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    private static final List<ActionStatus> OPEN = List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

    /** An overdue action with what the dashboard needs to link to it. */
    /** A plan as other features name it (a link from a negotiation): id, version number, title, state. */
    public record PlanRef(Long id, int number, String title, PlanState state) {
    }

    public record OverdueAction(Long planId, Long customerId, String planTitle, String action, LocalDate dueDate) {
    }

    private final PlanRepository plans;
    private final KeyAccountService keyAccounts;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final CurrentUser currentUser;

    /** Whether the signed-in user keeps plans of their own (an account manager): their overdue actions are on the dashboard. */
    public boolean ownsPlans() {
        return currentUser.hasRole(com.creditwb.workbench.security.Role.ACCOUNT_MANAGER);
    }
    private final Messages messages;
    private final Clock clock;
    private final AccessPolicy policy;
    private final jakarta.persistence.EntityManager entityManager;

    PlanService(PlanRepository plans, KeyAccountService keyAccounts, CustomerService customers,
            CreditMonitorService monitor, CurrentUser currentUser, Messages messages, Clock clock,
            jakarta.persistence.EntityManager entityManager, AccessPolicy policy) {
        this.policy = policy;
        this.entityManager = entityManager;
        this.plans = plans;
        this.keyAccounts = keyAccounts;
        this.customers = customers;
        this.monitor = monitor;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    // --- who may do what -------------------------------------------------------------------------------

    /** The customer's plans as a whole (before any plan exists): its account manager owns them. */
    private AccessPolicy.Subject plansOf(Long customerId) {
        return customers.subject(AccessPolicy.Area.PLAN, customerId);
    }

    /** A plan: its author owns it; the customer's (current) account manager reads it as a team member. */
    private AccessPolicy.Subject subject(KeyAccountPlan p) {
        String customerOwner = customers.ownerOf(p.getCustomerId());
        return new AccessPolicy.Subject(AccessPolicy.Area.PLAN, p.getOwner(),
                customerOwner == null ? java.util.Set.of() : java.util.Set.of(customerOwner));
    }

    public boolean canReadPlans(Long customerId) {
        return policy.canRead(plansOf(customerId));
    }

    public boolean canRead(KeyAccountPlan p) {
        return policy.canRead(subject(p));
    }

    public boolean canCreate(Long customerId) {
        return policy.canEdit(plansOf(customerId));
    }

    public boolean canEdit(KeyAccountPlan p) {
        return p.getState() == PlanState.DRAFT && policy.canEdit(subject(p));
    }

    public boolean canTrack(KeyAccountPlan p) {
        return p.getState() == PlanState.ACTIVE && policy.canEdit(subject(p));
    }

    /** A plan the user may not read is "not found", alike for unknown ones. */
    private KeyAccountPlan readable(Long id) {
        KeyAccountPlan p = plans.findById(id).orElseThrow(() -> new NotFoundException("KeyAccountPlan", id));
        policy.checkRead(subject(p), "KeyAccountPlan", id);
        return p;
    }

    private KeyAccountPlan current(Long id, Long version) {
        KeyAccountPlan p = readable(id);
        ConcurrentEditException.unlessSame(p.getVersion(), version, messages);
        return p;
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** The customer's plans, newest version first. */
    public List<KeyAccountPlan> plans(Long customerId) {
        policy.checkRead(plansOf(customerId), "KeyAccountPlan", customerId);
        List<KeyAccountPlan> list = plans.findByCustomerIdOrderByNumberDesc(customerId);
        list.forEach(p -> p.getActions().size());
        return list;
    }

    /** The customer's plans as references, newest version first (for a link from another feature). */
    public List<PlanRef> refs(Long customerId) {
        policy.checkRead(plansOf(customerId), "KeyAccountPlan", customerId);
        return plans.findByCustomerIdOrderByNumberDesc(customerId).stream()
                .map(p -> new PlanRef(p.getId(), p.getNumber(), p.getTitle(), p.getState())).toList();
    }

    /** A plan with its objectives, actions and contacts loaded. */
    public KeyAccountPlan get(Long id) {
        KeyAccountPlan p = readable(id);
        p.getObjectives().size();
        p.getActions().size();
        p.getContacts().size();
        return p;
    }

    /** The figures the plan shows: frozen once it was activated, live while it is a draft. */
    public PlanFacts facts(KeyAccountPlan p) {
        if (p.getFrozen() != null) {
            return Json.read(p.getFrozen(), PlanFacts.class);
        }
        return liveFacts(p.getCustomerId());
    }

    /** Today's credit decision and exposure ("not assessed" without one) and the account's value and segments. */
    public PlanFacts liveFacts(Long customerId) {
        PlanFacts.Credit credit = PlanFacts.Credit.NOT_ASSESSED;
        if (customers.canSeeCredit(customerId)) {
            Exposure e = monitor.exposure(customerId, CreditMonitorService.DEFAULT_DSO_DAYS);
            CreditDecision d = e.decisionRecord();
            if (d != null) {
                credit = new PlanFacts.Credit(d.rating(), d.riskClass() == null ? null : d.riskClass().name(), d.limit(),
                        d.currency(), d.termsDays(), d.nextReviewDate(), e.open(), e.asOf(), e.utilisation(), d.limitUntil());
            } else if (e.asOf() != null) {
                credit = new PlanFacts.Credit(null, null, null, null, null, null, e.open(), e.asOf(), null, null);
            }
        }
        PlanFacts.Value value = null;
        if (keyAccounts.canRead(customerId)) {
            KeyAccountService.AccountView view = keyAccounts.account(customerId);
            Segmentation.Value v = view.value();
            if (v != null) {
                value = new PlanFacts.Value(v.year(), v.revenue(), v.currentValue(), v.margin(), v.shareOfWallet(), v.npv(),
                        v.indicatorScore(), v.potentialScore(), name(v.quadrant()), name(v.tier()), v.revenueHead(), v.profitHead(),
                        name(v.loyalty()), name(v.profitability()), name(v.kotlerLevel()),
                        view.gale() == null ? null : view.gale().customerValue(),
                        view.profile().getConfirmedOutcome() == null ? null : view.profile().getConfirmedOutcome().name());
            }
        }
        return new PlanFacts(credit, value, Instant.now(clock));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Whether the action is overdue today (see {@link PlanAction#overdue}). */
    public boolean overdue(PlanAction action) {
        return action.overdue(LocalDate.now(clock));
    }

    /** The signed-in user's actions in active plans that are past due and not done. */
    public List<OverdueAction> overdueActions() {
        return plans.overdue(currentUser.username(), OPEN, LocalDate.now(clock)).stream()
                .map(a -> new OverdueAction(a.getPlan().getId(), a.getPlan().getCustomerId(), a.getPlan().getTitle(),
                        a.getMeasure() != null ? messages.get(a.getMeasure().messageKey()) : a.getTitle(), a.getDueDate()))
                .toList();
    }

    // --- writing ---------------------------------------------------------------------------------------

    /**
     * A new draft for the customer: a copy of its latest plan (the next version) or, for the first plan,
     * a blank one with the customer's current relationship level and this year as its period.
     */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public KeyAccountPlan create(Long customerId) {
        if (!canCreate(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        CustomerRecord c = customers.record(customerId);
        List<KeyAccountPlan> existing = plans.findByCustomerIdOrderByNumberDesc(customerId);
        if (existing.stream().anyMatch(p -> p.getState() == PlanState.DRAFT)) {
            throw ValidationException.of("state", messages.get("keyaccount.plan.draftExists"));
        }
        int number = plans.maxNumber(customerId) + 1;
        LocalDate today = LocalDate.now(clock);
        PlanForm form = existing.isEmpty()
                ? new PlanForm(messages.get("keyaccount.plan.defaultTitle", c.name(), today.getYear()), null, c.relationshipLevel(),
                        null, null, null, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1), today.plusMonths(3),
                        List.of(), List.of(), List.of())
                : existing.get(0).toForm();
        KeyAccountPlan p = new KeyAccountPlan(customerId, number, currentUser.username(), form.title());
        apply(p, form);
        return plans.save(p);
    }

    /** Saves a draft's content. */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public KeyAccountPlan save(Long id, Long version, PlanForm form) {
        KeyAccountPlan p = current(id, version);
        if (!canEdit(p)) {
            throw new AccessDeniedException(messages.get(p.getState() == PlanState.DRAFT ? "keyaccount.error.notYours"
                    : "keyaccount.plan.notDraft"));
        }
        validate(form);
        apply(p, form);
        return forceVersion(p);
    }

    /** Activates a draft: its figures are frozen, and the plan that was active is closed. */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public KeyAccountPlan activate(Long id, Long version) {
        KeyAccountPlan p = current(id, version);
        if (!canEdit(p)) {
            throw new AccessDeniedException(messages.get("keyaccount.plan.notDraft"));
        }
        validate(p.toForm());
        Instant now = Instant.now(clock);
        plans.findFirstByCustomerIdAndState(p.getCustomerId(), PlanState.ACTIVE).ifPresent(old -> old.close(now));
        p.activate(Json.write(liveFacts(p.getCustomerId())), now);
        return plans.save(p);
    }

    /** Closes an active plan (it stays readable as history). */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public KeyAccountPlan close(Long id, Long version) {
        KeyAccountPlan p = current(id, version);
        if (!canTrack(p)) {
            throw new AccessDeniedException(messages.get("keyaccount.plan.notActive"));
        }
        p.close(Instant.now(clock));
        return plans.save(p);
    }

    /** Tracks an action of an active plan (the one change an active plan takes). */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public KeyAccountPlan setActionStatus(Long id, Long version, int position, ActionStatus status) {
        KeyAccountPlan p = current(id, version);
        if (!canTrack(p)) {
            throw new AccessDeniedException(messages.get("keyaccount.plan.notActive"));
        }
        if (position < 0 || position >= p.getActions().size() || status == null) {
            throw ValidationException.of("actions", messages.get("keyaccount.plan.noSuchAction"));
        }
        p.getActions().get(position).setStatus(status);
        return forceVersion(p);
    }

    /** Child rows do not raise the plan's version by themselves; every save of a plan does. */
    private KeyAccountPlan forceVersion(KeyAccountPlan p) {
        KeyAccountPlan saved = plans.saveAndFlush(p);
        com.creditwb.workbench.common.Versions.bump(entityManager, saved);
        entityManager.flush();
        return saved;
    }

    private void apply(KeyAccountPlan p, PlanForm f) {
        p.assign(f);
        sync(p.getObjectives(), f.objectives(), i -> new PlanObjective(p, i), PlanObjective::assign);
        sync(p.getActions(), f.actions(), i -> new PlanAction(p, i), PlanAction::assign);
        sync(p.getContacts(), f.contacts(), i -> new PlanContact(p, i), PlanContact::assign);
    }

    /** Updates rows in place by position, adds new ones and removes the ones past the end. */
    private static <E, R> void sync(List<E> rows, List<R> values, java.util.function.IntFunction<E> create,
            java.util.function.BiConsumer<E, R> assign) {
        for (int i = 0; i < values.size(); i++) {
            if (i >= rows.size()) {
                rows.add(create.apply(i));
            }
            assign.accept(rows.get(i), values.get(i));
        }
        while (rows.size() > values.size()) {
            rows.remove(rows.size() - 1);
        }
    }

    /** Every problem of the form, each under its field path (e.g. {@code actions[2].dueDate}). */
    void validate(PlanForm f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String required = messages.get("validation.required");
        if (f.title() == null || f.title().isBlank()) {
            errors.add(new ValidationException.FieldError("title", required));
        }
        text(errors, "title", f.title(), 200);
        text(errors, "profile", f.profile(), 4000);
        text(errors, "resources", f.resources(), 4000);
        text(errors, "risks", f.risks(), 4000);
        if (f.periodStart() != null && f.periodEnd() != null && f.periodEnd().isBefore(f.periodStart())) {
            errors.add(new ValidationException.FieldError("periodEnd", messages.get("keyaccount.plan.periodOrder")));
        }
        for (int i = 0; i < f.objectives().size(); i++) {
            PlanForm.Objective o = f.objectives().get(i);
            String at = "objectives[" + i + "].";
            if (o.kind() == null) {
                errors.add(new ValidationException.FieldError(at + "kind", required));
            }
            if (o.target() == null) {
                errors.add(new ValidationException.FieldError(at + "target", required));
            } else if (o.target().signum() < 0 || o.kind() != null && o.kind() != ObjectiveKind.REVENUE && o.target().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new ValidationException.FieldError(at + "target", messages.get("keyaccount.plan.targetRange")));
            }
            if (o.targetDate() == null) {
                errors.add(new ValidationException.FieldError(at + "targetDate", required));
            }
            text(errors, at + "note", o.note(), 500);
        }
        for (int i = 0; i < f.actions().size(); i++) {
            PlanForm.Action a = f.actions().get(i);
            String at = "actions[" + i + "].";
            if (a.measure() == null && (a.title() == null || a.title().isBlank())) {
                errors.add(new ValidationException.FieldError(at + "title", messages.get("keyaccount.plan.actionWhat")));
            }
            text(errors, at + "title", a.title(), 200);
            if (a.owner() == null || a.owner().isBlank()) {
                errors.add(new ValidationException.FieldError(at + "owner", required));
            }
            text(errors, at + "owner", a.owner(), 64);
            if (a.dueDate() == null) {
                errors.add(new ValidationException.FieldError(at + "dueDate", required));
            }
            if (a.status() == null) {
                errors.add(new ValidationException.FieldError(at + "status", required));
            }
            if (a.budget() != null && a.budget().signum() < 0) {
                errors.add(new ValidationException.FieldError(at + "budget", messages.get("validation.nonNegative")));
            }
        }
        for (int i = 0; i < f.contacts().size(); i++) {
            PlanForm.Contact c = f.contacts().get(i);
            String at = "contacts[" + i + "].";
            if (c.name() == null || c.name().isBlank()) {
                errors.add(new ValidationException.FieldError(at + "name", required));
            }
            text(errors, at + "name", c.name(), 100);
            text(errors, at + "jobTitle", c.jobTitle(), 100);
            text(errors, at + "note", c.note(), 500);
            if (c.role() == null) {
                errors.add(new ValidationException.FieldError(at + "role", required));
            }
            if (c.attitude() == null) {
                errors.add(new ValidationException.FieldError(at + "attitude", required));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void text(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new ValidationException.FieldError(field, messages.get("keyaccount.tooLong", max)));
        }
    }
}
