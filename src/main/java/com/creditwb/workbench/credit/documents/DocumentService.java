package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents checked at the steps ADMIN chooses, against the committed exposure; the blocked-documents queue with
 * release, rejection and escalation within each credit manager's approval authority.
 *
 * <p>No bypass: every check of a document is made against the whole exposure with the document in its place, unless a
 * release still holds for it (up to the released amount plus the tolerance, until its date). A document sent again
 * under a new number is a new document; one rejected stays blocked. Checks of one customer run one at a time, so two
 * orders sent together cannot both take the last of a limit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DocumentService {

    /** What an order system sends. */
    public record Request(String customer, DocumentType type, String number, BigDecimal amount, String currency, LocalDate date,
            String reference) {
    }

    /** The document as stored with the answer; created is false when an earlier document of that number was updated. */
    public record Checked(CreditDocument document, CreditCheck check, boolean created) {
    }

    /** A release that lapses soon: the document, its customer, the last day and who released it. */
    public record Lapsing(Long documentId, String number, String customerName, LocalDate until, String releasedBy) {
    }

    /** A held document as the queue shows it. */
    public record Held(CreditHold hold, CreditDocument document, String customerCode, String customerName, long ageDays, List<String> reasons) {
    }


    private final CreditDocumentRepository documents;
    private final CreditHoldRepository holds;
    private final ApprovalAuthorityRepository authorities;
    private final DocumentSettingsRepository settings;
    private final CreditMonitorService monitor;
    private final CustomerService customers;
    private final UserService users;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final com.creditwb.workbench.security.notifications.NotificationService notifications;
    private final com.creditwb.workbench.credit.CheckFacts facts;
    private final com.creditwb.workbench.customer.CreditColumns rows;

    /** How long document checks take, stored and committed (a histogram). */
    private static final io.micrometer.core.instrument.Timer CHECKS = io.micrometer.core.instrument.Timer.builder("workbench.document.check")
            .description("Document checks: checked against the committed exposure, stored, committed").publishPercentileHistogram()
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    DocumentService(CreditDocumentRepository documents, CreditHoldRepository holds, ApprovalAuthorityRepository authorities,
            DocumentSettingsRepository settings, CreditMonitorService monitor, CustomerService customers, UserService users,
            AccessPolicy policy, CurrentUser currentUser, Messages messages, Clock clock, PlatformTransactionManager transactions,
            com.creditwb.workbench.security.notifications.NotificationService notifications, com.creditwb.workbench.credit.CheckFacts facts,
            com.creditwb.workbench.customer.CreditColumns rows, com.creditwb.workbench.common.cluster.SharedVersions shared) {
        this.rows = rows;
        this.cachedRules = shared.cache("documentRules");
        this.notifications = notifications;
        this.facts = facts;
        this.documents = documents;
        this.holds = holds;
        this.authorities = authorities;
        this.settings = settings;
        this.monitor = monitor;
        this.customers = customers;
        this.users = users;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    // ---- settings and authority

    /** The rules in force (read once and kept until ADMIN saves new ones). */
    public DocumentSettings.Rules rules() {
        return cachedRules.get(() -> settings.findFirstByOrderByIdAsc().map(DocumentSettings::rules).orElse(DocumentSettings.Rules.DEFAULTS));
    }

    /** The rules, kept while no node saved new ones (the database's shared version says). */
    private final com.creditwb.workbench.common.cluster.SharedCache<DocumentSettings.Rules> cachedRules;

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public DocumentSettings.Rules saveRules(DocumentSettings.Rules rules) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (rules == null || rules.checkedSteps() == null) {
            throw ValidationException.of("checkedSteps", messages.get("validation.required"));
        }
        if (!Double.isFinite(rules.tolerancePercent()) || rules.tolerancePercent() < 0 || rules.tolerancePercent() > 100) {
            errors.add(new ValidationException.FieldError("tolerancePercent", messages.get("document.error.tolerance")));
        }
        if (rules.releaseDays() < 1 || rules.releaseDays() > 365) {
            errors.add(new ValidationException.FieldError("releaseDays", messages.get("document.error.releaseDays")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DocumentSettings.Rules clean = new DocumentSettings.Rules(rules.checkedSteps().isEmpty() ? EnumSet.noneOf(DocumentType.class)
                : EnumSet.copyOf(rules.checkedSteps()), Math.round(rules.tolerancePercent() * 100) / 100.0, rules.releaseDays(),
                rules.queueReviews());
        DocumentSettings row = settings.findFirstByOrderByIdAsc().orElseGet(() -> new DocumentSettings(clean));
        row.set(clean);
        settings.saveAndFlush(row);
        cachedRules.changed();
        return rules();
    }

    /** The rules and every authority at once: all saved, or none. */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public void saveSettings(DocumentSettings.Rules rules, Map<String, BigDecimal> authorityAmounts) {
        saveRules(rules);
        authorityAmounts.forEach(this::setAuthority);
    }

    /** Up to which amount (yuan) the user releases or approves; zero without an authority set. */
    public BigDecimal authorityOf(String username) {
        return authorities.findByUsername(username).map(ApprovalAuthority::getAmount).orElse(BigDecimal.ZERO);
    }

    /** Every credit manager's authority (ADMIN). */
    @RolesAllowed(Role.ADMIN_)
    public Map<String, BigDecimal> authorities() {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        users.creditManagers().forEach(u -> map.put(u.username(), authorityOf(u.username())));
        return map;
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public ApprovalAuthority setAuthority(String username, BigDecimal amount) {
        if (username == null || !users.isEnabledWithRole(username, Role.CREDIT_MANAGER)) {
            throw ValidationException.of("username", messages.get("document.error.notCreditManager"));
        }
        if (!com.creditwb.workbench.credit.domain.Amounts.isLimitAmount(amount)) {
            throw ValidationException.of("amount", messages.get("document.error.authority"));
        }
        ApprovalAuthority a = authorities.findByUsername(username).orElseGet(() -> new ApprovalAuthority(username, amount));
        a.setAmount(amount);
        return authorities.saveAndFlush(a);
    }

    // ---- checks

    /**
     * Checks a document and stores it with the answer; BLOCK (and REVIEW when ADMIN says so) puts it in the queue.
     * Runs outside any caller's transaction: its own one commits before the customer's lock is let go.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Checked check(Request r) {
        if (r == null || r.customer() == null || r.customer().isBlank()) {
            throw ValidationException.of("customer", messages.get("creditCheck.customerMissing"));
        }
        com.creditwb.workbench.credit.CheckFacts.Key customer = monitor.readable(r.customer());
        validate(r);
        // the same number again finds the document, so a check the storage failed to commit may run once more
        io.micrometer.core.instrument.Timer.Sample sample = io.micrometer.core.instrument.Timer.start();
        Checked checked = com.creditwb.workbench.common.StoreRace.inTransaction(tx, "Document " + r.type() + " " + r.number().strip(),
                status -> {
                    rows.lock(customer.id()); // one check of this customer at a time, on every node, until this commits
                    return checkLocked(customer, r);
                });
        sample.stop(CHECKS);
        return checked;
    }

    private void validate(Request r) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (r.type() == null) {
            errors.add(new ValidationException.FieldError("type", messages.get("validation.required")));
        }
        if (r.number() == null || r.number().isBlank() || r.number().strip().length() > 64 || !PlainText.isPlain(r.number())) {
            errors.add(new ValidationException.FieldError("number", messages.get("document.error.number")));
        }
        if (r.reference() != null && (r.reference().strip().length() > 64 || !PlainText.isPlain(r.reference()))) {
            errors.add(new ValidationException.FieldError("reference", messages.get("document.error.number")));
        }
        if (r.type() == DocumentType.ORDER && r.reference() != null && !r.reference().isBlank()) {
            errors.add(new ValidationException.FieldError("reference", messages.get("document.error.orderReference")));
        }
        LocalDate today = LocalDate.now(clock);
        if (r.date() != null && (r.date().isBefore(today.minusYears(10)) || r.date().isAfter(today.plusYears(1)))) {
            errors.add(new ValidationException.FieldError("date", messages.get("document.error.date")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        monitor.validateAmount(r.amount(), r.currency());
    }

    private Checked checkLocked(com.creditwb.workbench.credit.CheckFacts.Key customer, Request r) {
        Long customerId = customer.id();
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        String number = r.number().strip();
        String currency = r.currency() == null || r.currency().isBlank() ? "CNY" : r.currency().strip().toUpperCase(Locale.ROOT);
        LocalDate date = r.date() == null ? today : r.date();
        Long referenceId = null;
        String reference = r.reference() == null || r.reference().isBlank() ? null : r.reference().strip();
        if (reference != null) {
            var from = facts.document(r.type().consumes(), reference);
            if (from == null || !from.customerId().equals(customerId)) {
                throw ValidationException.of("reference", messages.get("document.error.reference", messages.get(r.type().consumes().messageKey()),
                        reference));
            }
            referenceId = from.id();
        }
        var known = facts.document(r.type(), number);
        if (known != null && !known.customerId().equals(customerId)) {
            throw ValidationException.of("number", messages.get("document.error.otherCustomer", number));
        }
        boolean created = known == null;
        CreditDocument doc = created ? new CreditDocument(customerId, r.type(), number) : documents.findById(known.id()).orElseThrow();
        com.creditwb.workbench.credit.CheckFacts.Facts f = monitor.facts(customer);
        BigDecimal inLimit = monitor.inLimitCurrency(f, r.amount(), currency, date).orElse(null);
        DocumentSettings.Rules rules = rules();
        boolean covered = !created && doc.releaseCovers(r.amount(), rules.tolerancePercent(), today);
        boolean rejected = !created && doc.getStatus() == CreditDocument.Status.REJECTED;
        doc.describe(r.amount(), currency, date, reference, referenceId, inLimit);
        // a new document has no earlier version to leave out of the exposure (id -1 matches none)
        Commitments.Doc candidate = new Commitments.Doc(created ? -1 : doc.getId(), doc.getType(), referenceId, inLimit == null ? BigDecimal.ZERO : inLimit,
                date, inLimit != null);
        CreditCheck base = monitor.evaluate(f, r.amount(), currency, date, candidate);
        CreditCheck check;
        CreditDocument.Status status;
        if (rejected) {
            check = base.answered(CreditCheck.Decision.BLOCK, List.of("REJECTED"), monitor.reasons(List.of("REJECTED")));
            status = CreditDocument.Status.REJECTED;
        } else if (covered) {
            check = base.answered(CreditCheck.Decision.APPROVE, List.of("RELEASED"), monitor.reasons(List.of("RELEASED")));
            status = CreditDocument.Status.COUNTED;
        } else if (!rules.checkedSteps().contains(r.type())) {
            List<String> codes = inLimit == null ? List.of("NOT_CHECKED", "NO_RATE") : List.of("NOT_CHECKED");
            check = base.answered(CreditCheck.Decision.APPROVE, codes, monitor.reasons(codes));
            status = CreditDocument.Status.COUNTED;
        } else {
            check = base;
            boolean queued = check.decision() == CreditCheck.Decision.BLOCK
                    || check.decision() == CreditCheck.Decision.REVIEW && rules.queueReviews();
            status = queued ? CreditDocument.Status.HELD : CreditDocument.Status.COUNTED;
        }
        doc.decided(check.decision(), check.codes(), status, now);
        doc = documents.save(doc);
        // a new document has no hold yet
        Optional<CreditHold> open = created ? Optional.empty() : holds.findFirstByDocumentIdAndStatus(doc.getId(), CreditHold.Status.OPEN);
        if (status == CreditDocument.Status.HELD) {
            CreditHold hold = open.orElse(new CreditHold(doc, now));
            hold.figures(check.decision(), check.codes(), inLimit, check.exposure(), check.limit());
            hold = holds.save(hold);
            if (open.isEmpty()) {
                notifications.notify(notifications.withRole(Role.CREDIT_MANAGER), com.creditwb.workbench.security.notifications.NotificationKind.DOCUMENT_BLOCKED,
                        "credit/blocked", holdSubject(hold.getId()), List.of(customer.name(), com.creditwb.workbench.security.notifications.NotificationService.label(doc.getType().messageKey()), doc.getNumber(),
                                com.creditwb.workbench.security.notifications.NotificationService.amount(doc.getAmount()), doc.getCurrency()));
            }
        } else if (open.isPresent()) {
            open.get().decide(CreditHold.Status.CLEARED, null, null, now);
            holds.save(open.get());
            notifications.resolve(holdSubject(open.get().getId()));
        }
        return new Checked(doc, check, created);
    }

    /** Released documents whose release ends from today up to the given day. */
    public List<Lapsing> releasesLapsing(LocalDate upTo) {
        LocalDate today = LocalDate.now(clock);
        List<Lapsing> list = new ArrayList<>();
        for (CreditHold h : holds.findByStatusOrderByHeldAtAscIdAsc(CreditHold.Status.RELEASED)) {
            CreditDocument d = documents.findById(h.getDocumentId()).orElse(null);
            if (d != null && d.getReleasedUntil() != null && d.getStatus() == CreditDocument.Status.COUNTED && !d.getReleasedUntil().isBefore(today)
                    && !d.getReleasedUntil().isAfter(upTo) && h.getDecidedBy() != null) {
                list.add(new Lapsing(d.getId(), d.getNumber(), customers.record(d.getCustomerId()).name(), d.getReleasedUntil(), h.getDecidedBy()));
            }
        }
        return list;
    }

    // ---- the queue

    /** Whether the signed-in credit manager may release this hold: its amount in yuan within their approval authority. */
    public boolean canRelease(Held h) {
        BigDecimal inLimit = h.document().getAmountInLimit();
        return canWorkQueue() && inLimit != null && inLimit.compareTo(authorityOf(currentUser.username())) <= 0;
    }

    public boolean canWorkQueue() {
        return currentUser.hasRole(Role.CREDIT_MANAGER);
    }

    /**
     * The open holds, oldest first: credit managers and ADMIN see all, an account manager those of their customers;
     * finance is refused, as on the blocked-documents page.
     */
    @jakarta.annotation.security.RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
    public List<Held> queue() {
        Instant now = Instant.now(clock);
        List<Held> list = new ArrayList<>();
        for (CreditHold h : holds.findByStatusOrderByHeldAtAscIdAsc(CreditHold.Status.OPEN)) {
            held(h, now).ifPresent(list::add);
        }
        return list;
    }

    /** The customer's holds, newest first (open and decided), for who may read its credit. */
    public List<Held> holdsOf(Long customerId) {
        Instant now = Instant.now(clock);
        return holds.findByCustomerIdOrderByHeldAtDesc(customerId).stream().map(h -> held(h, now)).flatMap(Optional::stream).toList();
    }

    /** The customer's documents, newest check first. */
    public List<CreditDocument> documentsOf(Long customerId) {
        policy.checkRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, customers.ownerOf(customerId)), "Customer", customerId);
        return documents.findByCustomerIdOrderByCheckedAtDesc(customerId);
    }

    /** An invoice posted through the document check and counted in the exposure. */
    public record Invoice(Long customerId, String number, LocalDate date, BigDecimal amount, String currency) {
    }

    /** The customer's counted invoices dated after the day (all when null), oldest first, for who may read its credit. */
    public List<Invoice> countedInvoices(Long customerId, LocalDate after) {
        policy.checkRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, customers.ownerOf(customerId)), "Customer", customerId);
        return documents.findByCustomerIdAndTypeAndStatusOrderByDateAscIdAsc(customerId, DocumentType.INVOICE, CreditDocument.Status.COUNTED)
                .stream().filter(d -> after == null || d.getDate().isAfter(after))
                .map(d -> new Invoice(d.getCustomerId(), d.getNumber(), d.getDate(), d.getAmount(), d.getCurrency())).toList();
    }

    /** Every customer's counted invoices dated after the day (all when null), for the worklist; the caller filters by access. */
    public List<Invoice> countedInvoicesAfter(LocalDate after) {
        return documents.countedInvoicesAfter(after == null ? LocalDate.of(1900, 1, 1) : after).stream()
                .map(r -> new Invoice((Long) r[0], (String) r[1], (LocalDate) r[2], (BigDecimal) r[3], (String) r[4])).toList();
    }

    /** One checked document with its holds, for who may read the customer's credit (404 for anyone else). */
    public Document document(Long id) {
        CreditDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("CreditDocument", id));
        if (!policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, customers.ownerOf(d.getCustomerId())))) {
            throw new NotFoundException("CreditDocument", id);
        }
        Instant now = Instant.now(clock);
        var c = customers.record(d.getCustomerId());
        return new Document(d, c.code(), c.name(), holds.findByCustomerIdOrderByHeldAtDesc(d.getCustomerId()).stream()
                .filter(h -> id.equals(h.getDocumentId())).map(h -> held(h, now)).flatMap(Optional::stream).toList());
    }

    /** A document as the ERP reads it back: its customer, its last check and the holds it went through. */
    public record Document(CreditDocument document, String customerCode, String customerName, List<Held> holds) {
    }

    private Optional<Held> held(CreditHold h, Instant now) {
        String owner = customers.ownerOf(h.getCustomerId());
        if (!policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, owner))) {
            return Optional.empty();
        }
        var c = customers.record(h.getCustomerId());
        CreditDocument d = documents.findById(h.getDocumentId()).orElseThrow();
        return Optional.of(new Held(h, d, c.code(), c.name(), Duration.between(h.getHeldAt(), now).toDays(), monitor.reasons(h.getCodes())));
    }

    @jakarta.annotation.security.RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
    public Held getHold(Long id) {
        CreditHold h = holds.findById(id).orElseThrow(() -> new NotFoundException("CreditHold", id));
        return held(h, Instant.now(clock)).orElseThrow(() -> new NotFoundException("CreditHold", id));
    }

    private CreditHold openHold(Long id) {
        Held held = getHold(id);
        if (!canWorkQueue()) {
            throw new AccessDeniedException(messages.get("document.error.notCreditManager"));
        }
        if (held.hold().getStatus() != CreditHold.Status.OPEN) {
            throw ValidationException.of("status", messages.get("document.error.decided"));
        }
        return held.hold();
    }

    /**
     * Releases a held document: it counts again, and its next checks approve it up to its amount plus the tolerance
     * for the days ADMIN set. Refused (403) above the user's approval authority: escalate it instead.
     */
    @Transactional
    public Held release(Long holdId, String reason) {
        CreditHold h = openHold(holdId);
        String why = com.creditwb.workbench.credit.domain.DecisionReason.required(reason, messages);
        CreditDocument d = documents.findById(h.getDocumentId()).orElseThrow();
        rows.lock(d.getCustomerId()); // a release counts against what the customer's checks read
        if (d.getAmountInLimit() == null) {
            throw ValidationException.of("rate", messages.get("creditCheck.reason.NO_RATE"));
        }
        String me = currentUser.username();
        if (d.getAmountInLimit().compareTo(authorityOf(me)) > 0) {
            throw new AccessDeniedException(messages.get("document.error.authorityExceeded"));
        }
        Instant now = Instant.now(clock);
        d.release(d.getAmount(), LocalDate.now(clock).plusDays(rules().releaseDays()));
        documents.saveAndFlush(d);
        h.decide(CreditHold.Status.RELEASED, me, why, now);
        holds.saveAndFlush(h);
        notifications.resolve(holdSubject(h.getId()));
        return getHold(holdId);
    }

    @Transactional
    public Held reject(Long holdId, String reason) {
        CreditHold h = openHold(holdId);
        String why = com.creditwb.workbench.credit.domain.DecisionReason.required(reason, messages);
        CreditDocument d = documents.findById(h.getDocumentId()).orElseThrow();
        rows.lock(d.getCustomerId()); // a release counts against what the customer's checks read
        d.reject();
        documents.saveAndFlush(d);
        h.decide(CreditHold.Status.REJECTED, currentUser.username(), why, Instant.now(clock));
        holds.saveAndFlush(h);
        notifications.resolve(holdSubject(h.getId()));
        return getHold(holdId);
    }

    /** What notifications about a hold are filed under: they resolve when it is released, rejected or cleared. */
    static String holdSubject(Long holdId) {
        return "hold:" + holdId;
    }

    /** Hands a hold to a colleague (a credit manager other than oneself), with a reason. */
    @Transactional
    public Held escalate(Long holdId, String to, String reason) {
        CreditHold h = openHold(holdId);
        String why = com.creditwb.workbench.credit.domain.DecisionReason.required(reason, messages);
        String me = currentUser.username();
        if (to == null || to.equals(me) || !users.isEnabledWithRole(to, Role.CREDIT_MANAGER)) {
            throw ValidationException.of("to", messages.get("document.error.escalateTo"));
        }
        h.escalate(me, to, why);
        holds.saveAndFlush(h);
        CreditDocument d = documents.findById(h.getDocumentId()).orElseThrow();
        notifications.notify(List.of(to), com.creditwb.workbench.security.notifications.NotificationKind.HOLD_ESCALATED, "credit/blocked",
                holdSubject(h.getId()) + ":escalated:" + to, List.of(users.displayName(me), d.getNumber(), customers.record(d.getCustomerId()).name(), why));
        return getHold(holdId);
    }
}
