package com.creditwb.workbench.alliance;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.credit.CreditDecision;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /** A partner's figures as the alliance shows them live: credit (to who may read it) and key-account segment. */
    public record PartnerFacts(String rating, String riskClass, BigDecimal limit, BigDecimal exposure, BigDecimal overdue,
            String segment) {
        static final PartnerFacts NONE = new PartnerFacts(null, null, null, null, null, null);
    }

    /** What a health review worked out: both indices, the gaps and the risks it opened. */
    public record ReviewOutcome(AllianceReview review, Map<Principle, Integer> gaps, List<AllianceRisk> openedRisks) {
    }

    /** Something due for the owner or team: a health review or a contribution. */
    public record Due(Long allianceId, String alliance, String what, LocalDate dueDate, boolean overdue) {
    }

    private final AllianceRepository alliances;
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

    AllianceService(AllianceRepository alliances, CustomerService customers, CreditMonitorService monitor, KeyAccountService keyAccounts,
            CurrentUser currentUser, AccessPolicy policy, Messages messages, Clock clock, EntityManager entityManager,
            com.creditwb.workbench.common.audit.ReadLogService readLog, AllianceSettingsRepository settings) {
        this.settings = settings;
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
        entityManager.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
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
    private Alliance load(Alliance a) {
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

    /** A partner customer's live credit and segment, to who may see them; nothing for another organisation. */
    public PartnerFacts facts(AlliancePartner p) {
        return p.getCustomerId() == null ? PartnerFacts.NONE : customerFacts(p.getCustomerId());
    }

    PartnerFacts customerFacts(Long customerId) {
        String rating = null;
        String riskClass = null;
        BigDecimal limit = null;
        BigDecimal exposure = null;
        BigDecimal overdue = null;
        if (customers.canSeeCredit(customerId)) {
            Exposure e = monitor.exposure(customerId, CreditMonitorService.DEFAULT_DSO_DAYS);
            CreditDecision d = e.decisionRecord();
            if (d != null) {
                rating = d.rating();
                riskClass = d.riskClass() == null ? null : d.riskClass().name();
                limit = d.limit();
            }
            if (e.asOf() != null) {
                exposure = e.open();
                overdue = e.aging() == null ? null : e.aging().overdue();
            }
        }
        String segment = null;
        if (keyAccounts.canRead(customerId)) {
            var value = keyAccounts.account(customerId).value();
            if (value != null && value.tier() != null) {
                segment = value.tier().name();
            }
        }
        return new PartnerFacts(rating, riskClass, limit, exposure, overdue, segment);
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
        validate(a, form, null);
        a.describe(form);
        setPartners(a, form.partners());
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
        validate(a, full, a.getOurEquityShare());
        a.describe(full);
        setPartners(a, full.partners());
        entityManager.flush();
        return load(a);
    }

    /** Adds one partner (the version read must be current); a refusal changes nothing. */
    @Transactional
    public Alliance addPartner(Long id, Long version, AllianceForm.Partner partner) {
        Alliance a = editable(id, version);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.add(partner);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /** Changes one partner (contact, share, or who it is); a refusal changes nothing. */
    @Transactional
    public Alliance updatePartner(Long id, Long version, Long partnerId, AllianceForm.Partner partner) {
        Alliance a = editable(id, version);
        int at = partnerIndex(a, partnerId);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.set(at, partner);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /** Removes one partner; a refusal changes nothing. */
    @Transactional
    public Alliance removePartner(Long id, Long version, Long partnerId) {
        Alliance a = editable(id, version);
        int at = partnerIndex(a, partnerId);
        List<AllianceForm.Partner> list = new ArrayList<>(AllianceForm.of(a).partners());
        list.remove(at);
        return replacePartners(a, list, a.getOurEquityShare());
    }

    /**
     * Sets the equity shares (0–1) of an equity alliance at once: ours and each partner's by partner id (a partner left out
     * keeps its share). They may not exceed 100 % together; that they make exactly 100 % is the design stage's gate.
     */
    @Transactional
    public Alliance setShares(Long id, Long version, BigDecimal ours, Map<Long, BigDecimal> byPartner) {
        Alliance a = editable(id, version);
        List<AllianceForm.Partner> list = new ArrayList<>();
        for (AlliancePartner p : a.getPartners()) {
            BigDecimal share = byPartner.containsKey(p.getId()) ? byPartner.get(p.getId()) : p.getEquityShare();
            list.add(new AllianceForm.Partner(p.getCustomerId(), p.getName(), p.getUscc(), p.getContact(), share));
        }
        return replacePartners(a, list, ours);
    }

    private Alliance replacePartners(Alliance a, List<AllianceForm.Partner> list, BigDecimal ours) {
        validate(a, AllianceForm.of(a).withPartners(list), ours);
        a.setOurEquityShare(ours);
        setPartners(a, list);
        entityManager.flush();
        return load(a);
    }

    private static int partnerIndex(Alliance a, Long partnerId) {
        for (int i = 0; i < a.getPartners().size(); i++) {
            if (a.getPartners().get(i).getId().equals(partnerId)) {
                return i;
            }
        }
        throw new NotFoundException("Partner", partnerId);
    }

    private void validate(Alliance a, AllianceForm f, BigDecimal ours) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            errors.add(new ValidationException.FieldError("name", messages.get("validation.required")));
        } else if (f.name().length() > 200 || !PlainText.isPlain(f.name())) {
            errors.add(new ValidationException.FieldError("name", messages.get("alliance.error.name")));
        }
        for (String[] text : new String[][] {{"goal", f.goal()}, {"termsScope", f.termsScope()}}) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                errors.add(new ValidationException.FieldError(text[0], messages.get("alliance.error.tooLong", MAX_TEXT)));
            }
        }
        for (String[] text : new String[][] {{"termsExclusivity", f.termsExclusivity()}, {"termsTerritory", f.termsTerritory()},
            {"termsDuration", f.termsDuration()}, {"termsExit", f.termsExit()}, {"steeringCommittee", f.steeringCommittee()}}) {
            if (text[1] != null && text[1].length() > 2000) {
                errors.add(new ValidationException.FieldError(text[0], messages.get("alliance.error.tooLong", 2000)));
            }
        }
        if (f.meetingCadence() != null && f.meetingCadence().length() > 200) {
            errors.add(new ValidationException.FieldError("meetingCadence", messages.get("alliance.error.tooLong", 200)));
        }
        if (f.reviewIntervalMonths() != null && (f.reviewIntervalMonths() < 1 || f.reviewIntervalMonths() > 36)) {
            errors.add(new ValidationException.FieldError("reviewIntervalMonths", messages.get("alliance.error.interval")));
        }
        if (f.startDate() != null && f.plannedEndDate() != null && f.plannedEndDate().isBefore(f.startDate())) {
            errors.add(new ValidationException.FieldError("plannedEndDate", messages.get("alliance.error.endBeforeStart")));
        }
        if (f.team() != null && (f.team().size() > 20 || f.team().stream().anyMatch(m -> m == null || m.length() > 64))) {
            errors.add(new ValidationException.FieldError("team", messages.get("alliance.error.team")));
        }
        if (f.powerBases() != null) {
            for (Map.Entry<PowerBase, PowerRating> e : f.powerBases().entrySet()) {
                if (e.getValue() == null || e.getValue().score() < 1 || e.getValue().score() > 5) {
                    errors.add(new ValidationException.FieldError("powerBases." + e.getKey().name(), messages.get("alliance.error.score")));
                } else if (e.getValue().evidence() != null && e.getValue().evidence().length() > 2000) {
                    errors.add(new ValidationException.FieldError("powerBases." + e.getKey().name(), messages.get("alliance.error.tooLong", 2000)));
                }
            }
        }
        if (f.criterionWeights() != null && !f.criterionWeights().isEmpty()) {
            double sum = f.criterionWeights().values().stream().mapToDouble(w -> w == null ? Double.NaN : w).sum();
            if (Double.isNaN(sum) || f.criterionWeights().values().stream().anyMatch(w -> w < 0) || Math.abs(sum - 1) > 1e-6) {
                errors.add(new ValidationException.FieldError("criterionWeights", messages.get("alliance.error.weights")));
            }
        }
        List<AllianceForm.Partner> partners = f.partners() == null ? List.of() : f.partners();
        if (partners.size() > 50) {
            errors.add(new ValidationException.FieldError("partners", messages.get("alliance.error.partners")));
        }
        Set<String> seen = new HashSet<>();
        BigDecimal shares = BigDecimal.ZERO;
        if (ours != null && (ours.signum() < 0 || ours.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new ValidationException.FieldError("ourEquityShare", messages.get("alliance.error.share")));
        } else if (ours != null) {
            shares = ours;
        }
        for (int i = 0; i < partners.size(); i++) {
            AllianceForm.Partner p = partners.get(i);
            String field = "partners[" + i + "]";
            if (p == null) {
                errors.add(new ValidationException.FieldError(field, messages.get("validation.required")));
                continue;
            }
            String key;
            if (p.customerId() != null) {
                key = "C" + p.customerId();
                customers.ownerOf(p.customerId()); // an unknown customer is not found
            } else {
                if (p.name() == null || p.name().isBlank() || p.name().length() > 200 || !PlainText.isPlain(p.name())) {
                    errors.add(new ValidationException.FieldError(field + ".name", messages.get("alliance.error.partnerName")));
                }
                if (p.uscc() != null && !p.uscc().isBlank()) {
                    String uscc = p.uscc().strip().toUpperCase(java.util.Locale.ROOT);
                    if (!UnifiedSocialCreditCode.isValid(uscc)) {
                        errors.add(new ValidationException.FieldError(field + ".uscc", messages.get("alliance.error.uscc")));
                    } else if (!customers.idsByCodeOrUscc(List.of(uscc)).isEmpty()) {
                        // one party record per organisation: a customer is chosen as the customer, never entered again
                        errors.add(new ValidationException.FieldError(field + ".uscc", messages.get("alliance.error.isCustomer", uscc)));
                    }
                    key = "U" + uscc;
                } else {
                    key = "N" + (p.name() == null ? "" : p.name().strip());
                }
                if (p.contact() != null && p.contact().length() > 300) {
                    errors.add(new ValidationException.FieldError(field + ".contact", messages.get("alliance.error.tooLong", 300)));
                }
            }
            if (!seen.add(key)) {
                errors.add(new ValidationException.FieldError(field, messages.get("alliance.error.partnerTwice")));
            }
            if (p.equityShare() == null) {
                continue;
            } else if (p.equityShare().signum() < 0 || p.equityShare().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new ValidationException.FieldError(field + ".equityShare", messages.get("alliance.error.share")));
            } else {
                shares = shares.add(p.equityShare());
            }
        }
        // more than 100 % cannot be held; less is work in progress, which the design stage's gate asks to finish
        if (shares.subtract(BigDecimal.ONE).compareTo(new BigDecimal("0.0001")) > 0) {
            errors.add(new ValidationException.FieldError("partners", messages.get("alliance.error.sharesSum",
                    shares.movePointRight(2).stripTrailingZeros().toPlainString())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Replaces the partners by those given, keeping the rows of partners that stay (customer or USCC or name). */
    private void setPartners(Alliance a, List<AllianceForm.Partner> list) {
        List<AllianceForm.Partner> given = list == null ? List.of() : list;
        Map<Long, CustomerRecord> byId = customers.records(given.stream().map(AllianceForm.Partner::customerId).filter(Objects::nonNull).toList());
        List<AlliancePartner> kept = new ArrayList<>();
        int position = 1;
        for (AllianceForm.Partner p : given) {
            CustomerRecord c = p.customerId() == null ? null : byId.get(p.customerId());
            String name = c != null ? c.name() : p.name().strip();
            String uscc = c != null ? c.uscc() : p.uscc() == null || p.uscc().isBlank() ? null : p.uscc().strip().toUpperCase(java.util.Locale.ROOT);
            Optional<AlliancePartner> existing = a.getPartners().stream().filter(x -> !kept.contains(x)
                    && (c != null ? c.id().equals(x.getCustomerId()) : x.getCustomerId() == null && Objects.equals(x.getName(), name)))
                    .findFirst();
            AlliancePartner row = existing.orElseGet(() -> new AlliancePartner(a, 0, c == null ? null : c.id(), name, uscc, null, null));
            row.update(name, uscc, com.creditwb.workbench.common.validation.PlainText.blankToNull(p.contact()), p.equityShare());
            row.setPosition(position++);
            kept.add(row);
        }
        a.getPartners().removeIf(x -> !kept.contains(x));
        for (AlliancePartner row : kept) {
            if (!a.getPartners().contains(row)) {
                a.getPartners().add(row);
            }
        }
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
        entityManager.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        return load(a);
    }

    /** Adds (id null) or changes an option or a candidate partner with its scores 1–5 per criterion. */
    @Transactional
    public AllianceOption saveOption(Long allianceId, Long optionId, OptionKind kind, String name, String description, Long customerId,
            Map<Criterion, Integer> scores) {
        Alliance a = editable(allianceId, null);
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        if (scores != null) {
            s.putAll(scores);
        }
        String label = name;
        String uscc = null;
        if (customerId != null) {
            CustomerRecord c = customers.record(customerId);
            label = label == null || label.isBlank() ? c.name() : label;
            uscc = c.uscc();
            if (!s.containsKey(Criterion.FINANCIAL_STRENGTH) && customers.canSeeCredit(customerId)) {
                Integer strength = CandidateRanking.financialStrength(customerFacts(customerId).rating());
                if (strength != null) {
                    s.put(Criterion.FINANCIAL_STRENGTH, strength); // pre-filled from the candidate's credit rating
                }
            }
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new ValidationException.FieldError("kind", messages.get("validation.required")));
        }
        if (label == null || label.isBlank() || label.length() > 200 || !PlainText.isPlain(label)) {
            errors.add(new ValidationException.FieldError("name", messages.get("alliance.error.name")));
        }
        if (description != null && description.length() > 2000) {
            errors.add(new ValidationException.FieldError("description", messages.get("alliance.error.tooLong", 2000)));
        }
        s.forEach((c, v) -> {
            if (v == null || v < 1 || v > 5) {
                errors.add(new ValidationException.FieldError("scores." + c.name(), messages.get("alliance.error.score")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceOption o;
        if (optionId == null) {
            o = new AllianceOption(a, a.nextPosition(a.getOptions()), kind);
            a.getOptions().add(o);
        } else {
            o = a.getOptions().stream().filter(x -> optionId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("AllianceOption", optionId));
        }
        o.update(label.strip(), com.creditwb.workbench.common.validation.PlainText.blankToNull(description), customerId, uscc, s);
        entityManager.flush();
        return o;
    }

    /** Chooses an option (the others of its kind are no longer chosen); a chosen candidate becomes a partner. */
    @Transactional
    public Alliance choose(Long allianceId, Long optionId) {
        Alliance a = editable(allianceId, null);
        AllianceOption chosen = a.getOptions().stream().filter(x -> optionId.equals(x.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("AllianceOption", optionId));
        if (chosen.getKind() == OptionKind.OPTION) {
            a.getOptions().stream().filter(o -> o.getKind() == OptionKind.OPTION).forEach(o -> o.setChosen(o == chosen));
        } else {
            chosen.setChosen(true);
            boolean present = a.getPartners().stream().anyMatch(p -> chosen.getCustomerId() != null
                    ? chosen.getCustomerId().equals(p.getCustomerId()) : p.getCustomerId() == null && p.getName().equals(chosen.getName()));
            if (!present) {
                a.getPartners().add(new AlliancePartner(a, a.nextPosition(a.getPartners()), chosen.getCustomerId(), chosen.getName(),
                        chosen.getUscc(), null, null));
            }
        }
        entityManager.flush();
        return load(a);
    }

    /** Adds (id null) or changes a contribution or obligation of a partner. */
    @Transactional
    public AllianceContribution saveContribution(Long allianceId, Long contributionId, String partner, ContributionKind kind,
            String description, BigDecimal amount, LocalDate dueDate, ContributionStatus status) {
        Alliance a = editable(allianceId, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (partner == null || partner.isBlank() || partner.length() > 200) {
            errors.add(new ValidationException.FieldError("partner", messages.get("validation.required")));
        }
        if (kind == null) {
            errors.add(new ValidationException.FieldError("kind", messages.get("validation.required")));
        }
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > 17)) {
            errors.add(new ValidationException.FieldError("amount", messages.get("alliance.error.amount")));
        }
        if (description != null && description.length() > 2000) {
            errors.add(new ValidationException.FieldError("description", messages.get("alliance.error.tooLong", 2000)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceContribution c;
        if (contributionId == null) {
            c = new AllianceContribution(a, a.nextPosition(a.getContributions()));
            a.getContributions().add(c);
        } else {
            c = a.getContributions().stream().filter(x -> contributionId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("AllianceContribution", contributionId));
        }
        c.update(partner.strip(), kind, com.creditwb.workbench.common.validation.PlainText.blankToNull(description), amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP),
                dueDate, status == null ? ContributionStatus.DUE : status);
        entityManager.flush();
        return c;
    }

    /** Logs a steering-committee meeting. */
    @Transactional
    public AllianceMeeting addMeeting(Long allianceId, LocalDate date, String attendees, String decisions, String followUps) {
        Alliance a = editable(allianceId, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", messages.get("validation.required")));
        }
        if (attendees != null && attendees.length() > 1000 || decisions != null && decisions.length() > MAX_TEXT
                || followUps != null && followUps.length() > MAX_TEXT) {
            errors.add(new ValidationException.FieldError("decisions", messages.get("alliance.error.tooLong", MAX_TEXT)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceMeeting m = new AllianceMeeting(a, a.nextPosition(a.getMeetings()), date, com.creditwb.workbench.common.validation.PlainText.blankToNull(attendees), com.creditwb.workbench.common.validation.PlainText.blankToNull(decisions),
                com.creditwb.workbench.common.validation.PlainText.blankToNull(followUps));
        a.getMeetings().add(m);
        entityManager.flush();
        return m;
    }

    /** The customer's name and code for a partner that is a customer (for links), to everyone signed in. */
    public Optional<CustomerRecord> partnerCustomer(AlliancePartner p) {
        return p.getCustomerId() == null ? Optional.empty() : Optional.of(customers.record(p.getCustomerId()));
    }

}
