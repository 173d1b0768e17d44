package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.ContributionStatus;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic alliances. An account manager creates one and owns it; the owner and the alliance's team
 * edit it; CREDIT_MANAGER and ADMIN read all; FINANCE sees none (the access policy's ALLIANCE area). A
 * record the user may not read is "not found". Every save compares the version the user read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AllianceService {

    static final int MAX_TEXT = 4000;

    public record ReviewOutcome(AllianceReview review, Map<Principle, Integer> gaps, List<AllianceRisk> openedRisks) {
    }

    /** Something due for the owner or team: a health review or a contribution. */
    public record Due(Long allianceId, String alliance, String what, LocalDate dueDate, boolean overdue) {
    }

    private final AllianceRepository alliances;
    private final AllianceForms forms;
    private final CustomerService customers;
    private final CreditMonitorService monitor;
    private final KeyAccountService keyAccounts;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;
    private final com.creditwb.workbench.common.audit.ReadLogService readLog;
    private final AllianceSettingsRepository settings;

    AllianceService(AllianceRepository alliances, AllianceForms forms, CustomerService customers, CreditMonitorService monitor, KeyAccountService keyAccounts,
            CurrentUser currentUser, AccessPolicy policy, Messages messages, Clock clock, EntityManager entityManager,
            com.creditwb.workbench.common.audit.ReadLogService readLog, AllianceSettingsRepository settings) {
        this.settings = settings;
        this.forms = forms;
        this.readLog = readLog;
        this.alliances = alliances;
        this.customers = customers;
        this.monitor = monitor;
        this.keyAccounts = keyAccounts;
        this.currentUser = currentUser;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    // --- who may do what -------------------------------------------------------------------------------

    static AccessPolicy.Subject subject(Alliance a) {
        return new AccessPolicy.Subject(AccessPolicy.Area.ALLIANCE, a.getOwner(), a.getTeam());
    }

    public boolean canRead(Alliance a) {
        return policy.canRead(subject(a));
    }

    public boolean canEdit(Alliance a) {
        return a.getStage() != AllianceStage.ENDED && policy.canEdit(subject(a));
    }

    /** Only the owner moves the stage (the policy's DECIDE). */
    public boolean canMove(Alliance a) {
        return a.getStage() != AllianceStage.ENDED && policy.canDecide(subject(a));
    }

    public boolean canCreate() {
        return currentUser.hasRole(Role.ACCOUNT_MANAGER);
    }

    /** Whether the user sees alliances at all (everyone but finance). */
    public boolean canList() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.ACCOUNT_MANAGER);
    }

    private Alliance readable(Long id) {
        Alliance a = alliances.findOne(id).orElseThrow(() -> new NotFoundException("Alliance", id));
        policy.checkRead(subject(a), "Alliance", id);
        return a;
    }

    /** The alliance to change: readable, editable by the caller, and (when given) at the version read. For this feature's services. */
    public Alliance editable(Long id, Long version) {
        Alliance a = readable(id);
        if (!canEdit(a)) {
            throw new org.springframework.security.access.AccessDeniedException("alliance " + id);
        }
        if (version != null) {
            ConcurrentEditException.unlessSame(a.getVersion(), version, messages);
        }
        // a change to any part is a change of the alliance: a copy read before it is stale
        com.creditwb.workbench.common.Versions.bump(entityManager, a);
        return a;
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** An alliance as other features see it (to link a record to it): id, name and owner's user name. */
    public record AllianceRef(Long id, String name, String owner) {
        public static AllianceRef of(Alliance a) {
            return new AllianceRef(a.getId(), a.getName(), a.getOwner());
        }
    }

    /** The alliances of {@link #list()} as references for other features. */
    public List<AllianceRef> refs() {
        return list().stream().map(AllianceRef::of).toList();
    }

    /** The alliances the user may see: all for ADMIN and CREDIT_MANAGER, owned or on the team for an account manager. */
    @jakarta.annotation.security.RolesAllowed({com.creditwb.workbench.security.Role.ADMIN_, com.creditwb.workbench.security.Role.CREDIT_MANAGER_,
            com.creditwb.workbench.security.Role.ACCOUNT_MANAGER_})
    public List<Alliance> list() {
        if (!canList()) {
            return List.of();
        }
        List<Alliance> all = currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER) ? alliances.findAllOrdered()
                : alliances.findForUser(currentUser.username());
        List<Alliance> readable = all.stream().filter(this::canRead).toList();
        readable.forEach(this::load);
        return readable;
    }

    public Alliance get(Long id) {
        return load(readable(id));
    }

    /** The alliance as a user opens it (page or API): the opening goes to the read log. */
    public Alliance open(Long id, com.creditwb.workbench.common.audit.ReadChannel channel) {
        Alliance a = get(id);
        readLog.opened(Alliance.AUDIT_TYPE, id, channel);
        return a;
    }

    /** Who opened the alliance, when and how: for its owner and ADMIN (the policy's AUDIT). */
    public List<com.creditwb.workbench.common.audit.ReadLogEntry> openings(Long id) {
        Alliance a = readable(id);
        if (!policy.canAudit(subject(a))) {
            throw new org.springframework.security.access.AccessDeniedException("alliance " + id);
        }
        return readLog.openings(Alliance.AUDIT_TYPE, id);
    }

    public boolean canSeeOpenings(Alliance a) {
        return policy.canAudit(subject(a));
    }

    /** Everything the pages, the API and the export show, loaded inside the transaction. */
    Alliance load(Alliance a) {
        a.getTeam().size();
        a.getPartners().size();
        a.getReviews().size();
        a.getRisks().size();
        a.getPowerBases().size();
        a.getCriterionWeights().size();
        a.getOptions().size();
        a.getContributions().size();
        a.getMeetings().size();
        a.getMoves().size();
        return a;
    }

    /** The alliances a customer is a partner in, those the user may read. */
    public List<Alliance> forCustomer(Long customerId) {
        if (!canList()) {
            return List.of();
        }
        return alliances.findByPartnerCustomer(customerId).stream().filter(this::canRead).map(this::load).toList();
    }

    /** Health reviews and contributions due within 30 days or overdue, in the alliances the user owns or is on the team of. */
    public List<Due> due() {
        if (!currentUser.hasRole(Role.ACCOUNT_MANAGER)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(30);
        List<Due> due = new ArrayList<>();
        for (Alliance a : alliances.findForUser(currentUser.username())) {
            if (a.getStage() == AllianceStage.ENDED) {
                continue;
            }
            LocalDate review = a.getStage() == AllianceStage.OPERATING ? a.nextReviewDue() : null;
            if (review != null && !review.isAfter(horizon)) {
                due.add(new Due(a.getId(), a.getName(), "review", review, review.isBefore(today)));
            }
            for (AllianceContribution c : a.getContributions()) {
                if (c.getStatus() == ContributionStatus.DUE && c.getDueDate() != null && !c.getDueDate().isAfter(horizon)) {
                    due.add(new Due(a.getId(), a.getName(), c.getPartner() + " · " + (c.getDescription() == null ? "" : c.getDescription()),
                            c.getDueDate(), c.isOverdue(today)));
                }
            }
        }
        due.sort(java.util.Comparator.comparing(Due::dueDate));
        return due;
    }

    // --- writing ---------------------------------------------------------------------------------------

    /** A new alliance at STRATEGY, owned by the account manager creating it, its risk register seeded with the seed's four problems. */
    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public Alliance create(AllianceForm form) {
        Alliance a = new Alliance(form.name() == null ? null : form.name().strip(), currentUser.username());
        forms.validate(a, form, null);
        a.describe(form);
        forms.setPartners(a, form.partners());
        int position = 1;
        for (RiskType type : List.of(RiskType.UNSUITABLE_PARTNER, RiskType.CULTURAL_FRICTION, RiskType.SHORT_TERM_GOALS,
                RiskType.UNEQUAL_POSITIONS)) {
            AllianceRisk r = new AllianceRisk(a, position++, type);
            r.update(type, messages.get("alliance.risk.seeded"), null, null, null, null, RiskStatus.OPEN, null);
            a.getRisks().add(r);
        }
        a.moveTo(AllianceStage.STRATEGY, currentUser.username(), clock.instant(), null, null);
        return load(alliances.saveAndFlush(a));
    }

    /**
     * Saves the alliance's description, forms, agreement terms and — when given — partners (the version read must be current);
     * {@code partners} null keeps the partners as they are (the page edits them one at a time).
     */
    @Transactional
    public Alliance update(Long id, Long version, AllianceForm form) {
        Alliance a = editable(id, version);
        AllianceForm full = form.partners() == null ? form.withPartners(AllianceForm.of(a).partners()) : form;
        forms.validate(a, full, a.getOurEquityShare());
        a.describe(full);
        forms.setPartners(a, full.partners());
        entityManager.flush();
        return load(a);
    }

    /**
     * Moves the alliance one stage on, or to ENDED with a reason and end date; refused, naming each unmet
     * condition, until the gate holds. The owner moves; each move records who and when.
     */
    @Transactional
    public Alliance move(Long id, Long version, AllianceStage target, String reason, LocalDate endDate) {
        Alliance a = readable(id);
        if (!canMove(a)) {
            if (a.getStage() == AllianceStage.ENDED) {
                throw new GateException(List.of(new StageGates.Unmet("stage", "ended")));
            }
            throw new org.springframework.security.access.AccessDeniedException("alliance " + id);
        }
        if (version != null) {
            ConcurrentEditException.unlessSame(a.getVersion(), version, messages);
        }
        if (reason != null && reason.length() > 2000) {
            throw ValidationException.of("reason", messages.get("alliance.error.tooLong", 2000));
        }
        List<StageGates.Unmet> unmet = StageGates.check(a, target, reason, endDate);
        if (!unmet.isEmpty()) {
            throw new GateException(unmet);
        }
        a.moveTo(target, currentUser.username(), clock.instant(), com.creditwb.workbench.common.validation.PlainText.blankToNull(reason), endDate);
        com.creditwb.workbench.common.Versions.bump(entityManager, a);
        entityManager.flush();
        return load(a);
    }

}
