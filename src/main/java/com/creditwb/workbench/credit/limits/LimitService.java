package com.creditwb.workbench.credit.limits;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limit-change requests: an account manager (for their own customers) or a credit manager asks for a new limit with a
 * reason, permanent or temporary until a date; a credit manager other than the requester, with approval authority up to
 * the requested limit, approves or refuses. See {@link EffectiveLimit} for how an approved change applies.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LimitService {

    private final LimitRequestRepository requests;
    private final CreditMonitorService monitor;
    private final DocumentService documents;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final com.creditwb.workbench.security.notifications.NotificationService notifications;
    private final com.creditwb.workbench.security.UserService users;
    private final com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures;

    private final com.creditwb.workbench.customer.CreditColumns rows;

    LimitService(LimitRequestRepository requests, CreditMonitorService monitor, DocumentService documents, CustomerService customers,
            AccessPolicy policy, CurrentUser currentUser, Messages messages, Clock clock,
            com.creditwb.workbench.security.notifications.NotificationService notifications, com.creditwb.workbench.security.UserService users,
            com.creditwb.workbench.credit.receivable.CustomerCreditFigures figures, com.creditwb.workbench.customer.CreditColumns rows) {
        this.figures = figures;
        this.rows = rows;
        this.notifications = notifications;
        this.users = users;
        this.requests = requests;
        this.monitor = monitor;
        this.documents = documents;
        this.customers = customers;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    private AccessPolicy.Subject subject(Long customerId) {
        return AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, customers.ownerOf(customerId));
    }

    /** Whether the user may ask for a new limit for the customer: its account manager, or a credit manager. */
    public boolean canRequest(Long customerId) {
        return currentUser.hasRole(Role.CREDIT_MANAGER)
                || currentUser.hasRole(Role.ACCOUNT_MANAGER) && currentUser.username().equals(customers.ownerOf(customerId));
    }

    /** Whether the user may decide the request: a credit manager who did not ask for it. */
    public boolean canDecide(LimitRequest r) {
        return r.getStatus() == LimitRequest.Status.PENDING && currentUser.hasRole(Role.CREDIT_MANAGER)
                && !currentUser.username().equals(r.getRequestedBy());
    }

    @Transactional
    public LimitRequest request(Long customerId, BigDecimal limit, LocalDate until, String reason) {
        policy.checkRead(subject(customerId), "Customer", customerId);
        if (!canRequest(customerId)) {
            throw new AccessDeniedException(messages.get("limitRequest.error.notYours"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (!com.creditwb.workbench.credit.domain.Amounts.isLimitAmount(limit)) {
            errors.add(new ValidationException.FieldError("limit", messages.get("limitRequest.error.limit")));
        }
        LocalDate today = LocalDate.now(clock);
        if (until != null && (!until.isAfter(today) || until.isAfter(today.plusYears(1)))) {
            errors.add(new ValidationException.FieldError("until", messages.get("limitRequest.error.until")));
        }
        if (reason == null || reason.isBlank() || reason.length() > com.creditwb.workbench.credit.domain.DecisionReason.MAX
                || !com.creditwb.workbench.common.validation.PlainText.isPlainMultiline(reason)) {
            errors.add(new ValidationException.FieldError("reason", messages.get("document.error.reason")));
        }
        if (requests.findByCustomerIdOrderByRequestedAtDescIdDesc(customerId).stream().anyMatch(r -> r.getStatus() == LimitRequest.Status.PENDING)) {
            errors.add(new ValidationException.FieldError("customer", messages.get("limitRequest.error.pending")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        BigDecimal current = monitor.limitOf(customerId).orElse(null);
        LimitRequest saved = requests.saveAndFlush(new LimitRequest(customerId, limit, current, until, reason.strip(), currentUser.username(),
                Instant.now(clock)));
        notifications.notify(notifications.withRole(Role.CREDIT_MANAGER, currentUser.username()),
                com.creditwb.workbench.security.notifications.NotificationKind.REQUEST_WAITING, "customers/" + customerId + "?tab=credit",
                "request:" + saved.getId(), List.of(users.displayName(currentUser.username()), customers.record(customerId).name(), com.creditwb.workbench.security.notifications.NotificationService.amount(limit),
                        until == null ? com.creditwb.workbench.security.notifications.NotificationService.label("limitRequest.permanent") : com.creditwb.workbench.security.notifications.NotificationService.date(until)));
        return saved;
    }

    /** Those the user may read (their customers' for an account manager), filtered by status (null: all), newest first. */
    public List<LimitRequest> list(LimitRequest.Status status) {
        List<LimitRequest> all = status == null ? requests.findAllByOrderByRequestedAtDescIdDesc()
                : requests.findByStatusOrderByRequestedAtAscIdAsc(status);
        return all.stream().filter(r -> policy.canRead(subject(r.getCustomerId()))).toList();
    }

    public List<LimitRequest> ofCustomer(Long customerId) {
        policy.checkRead(subject(customerId), "Customer", customerId);
        return requests.findByCustomerIdOrderByRequestedAtDescIdDesc(customerId);
    }

    public LimitRequest get(Long id) {
        LimitRequest r = requests.findById(id).orElseThrow(() -> new NotFoundException("LimitRequest", id));
        policy.checkRead(subject(r.getCustomerId()), "LimitRequest", id);
        return r;
    }

    private LimitRequest decidable(Long id) {
        LimitRequest r = get(id);
        // who may decide is asked before the request's state: one who may not is told so (403), decided or not
        if (!currentUser.hasRole(Role.CREDIT_MANAGER) || currentUser.username().equals(r.getRequestedBy())) {
            throw new AccessDeniedException(messages.get("limitRequest.error.fourEyes"));
        }
        if (r.getStatus() != LimitRequest.Status.PENDING) {
            throw ValidationException.of("status", messages.get("document.error.decided"));
        }
        return r;
    }

    /** Approves it (403 for the requester, or above the user's approval authority). */
    @Transactional
    public LimitRequest approve(Long id, String reason) {
        LimitRequest r = decidable(id);
        rows.lock(r.getCustomerId()); // the limit changes under no check of this customer
        if (r.getRequestedLimit().compareTo(documents.authorityOf(currentUser.username())) > 0) {
            throw new AccessDeniedException(messages.get("document.error.authorityExceeded"));
        }
        r.decide(LimitRequest.Status.APPROVED, currentUser.username(), com.creditwb.workbench.credit.domain.DecisionReason.optional(reason, messages), Instant.now(clock));
        LimitRequest saved = requests.saveAndFlush(r);
        figures.refresh(r.getCustomerId());
        return decided(saved);
    }

    @Transactional
    public LimitRequest refuse(Long id, String reason) {
        LimitRequest r = decidable(id);
        r.decide(LimitRequest.Status.REFUSED, currentUser.username(), com.creditwb.workbench.credit.domain.DecisionReason.required(reason, messages), Instant.now(clock));
        return decided(requests.saveAndFlush(r));
    }

    private LimitRequest decided(LimitRequest r) {
        // the "waiting for a decision" notifications of every credit manager need no action any more
        notifications.resolve("request:" + r.getId());
        notifications.notify(List.of(r.getRequestedBy()), com.creditwb.workbench.security.notifications.NotificationKind.REQUEST_DECIDED,
                "customers/" + r.getCustomerId() + "?tab=credit", "decided:" + r.getId(), List.of(customers.record(r.getCustomerId()).name(),
                        com.creditwb.workbench.security.notifications.NotificationService.amount(r.getRequestedLimit()), com.creditwb.workbench.security.notifications.NotificationService.label(r.getStatus().messageKey()), users.displayName(r.getDecidedBy()),
                        r.getDecisionReason() == null ? "" : r.getDecisionReason()));
        return r;
    }

    /**
     * Tells who asked for a temporary limit, and the customer's account manager, when it ends within 7 days; and the
     * credit manager who released a document when the release lapses within 3 days. Written once each (run daily).
     */
    @Transactional
    public int remindExpiring() {
        LocalDate today = LocalDate.now(clock);
        // the customers list shows the limit in force: temporary limits that ended fall back to the decided one
        figures.refreshLapsed(today);
        int n = 0;
        for (LimitRequest r : requests.findByStatusOrderByRequestedAtAscIdAsc(LimitRequest.Status.APPROVED)) {
            if (r.getUntil() != null && !r.getUntil().isBefore(today) && !r.getUntil().isAfter(today.plusDays(7))) {
                notifications.notify(List.of(r.getRequestedBy(), customers.ownerOf(r.getCustomerId()) == null ? r.getRequestedBy()
                        : customers.ownerOf(r.getCustomerId())), com.creditwb.workbench.security.notifications.NotificationKind.TEMPORARY_LIMIT_ENDING,
                        "customers/" + r.getCustomerId() + "?tab=credit", "ending:" + r.getId(), List.of(customers.record(r.getCustomerId()).name(),
                                com.creditwb.workbench.security.notifications.NotificationService.amount(r.getRequestedLimit()), com.creditwb.workbench.security.notifications.NotificationService.date(r.getUntil())));
                n++;
            }
        }
        for (DocumentService.Lapsing l : documents.releasesLapsing(today.plusDays(3))) {
            notifications.notify(List.of(l.releasedBy()), com.creditwb.workbench.security.notifications.NotificationKind.RELEASE_LAPSING,
                    "credit/blocked", "lapsing:" + l.documentId() + ":" + l.until(), List.of(l.number(), l.customerName(), com.creditwb.workbench.security.notifications.NotificationService.date(l.until())));
            n++;
        }
        return n;
    }
}
