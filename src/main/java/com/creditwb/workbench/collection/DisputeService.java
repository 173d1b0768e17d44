package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.domain.Amounts;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.servicequality.ComplaintService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes (争议): raised by whoever may read a customer's collection status, owned by a user who investigates and
 * resolves them (the owner, a credit manager, finance or ADMIN). An open dispute's amount is left out of the amount to
 * chase; one open longer than ADMIN's target (30 days unless set otherwise; ours, not the course material's) is flagged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DisputeService {

    public record DisputeCommand(List<String> items, BigDecimal amount, Dispute.Reason reason, String description, String owner, Long complaint) {
    }

    public record Resolve(Dispute.Resolution resolution, BigDecimal amount, String note) {
    }

    /** A dispute with its age today and whether it is past the target. */
    public record View(Dispute dispute, long ageDays, boolean late) {
    }

    private final DisputeRepository disputes;
    private final OpenItemService items;
    private final UserService users;
    private final ComplaintService complaints;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final CollectorService collectors;
    private final PaymentService payments;

    DisputeService(DisputeRepository disputes, OpenItemService items, UserService users, ComplaintService complaints, CurrentUser currentUser,
            Messages messages, Clock clock, CollectorService collectors, PaymentService payments) {
        this.payments = payments;
        this.collectors = collectors;
        this.disputes = disputes;
        this.items = items;
        this.users = users;
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Dispute raise(Long customerId, DisputeCommand c) {
        items.checkRead(customerId);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        OpenItemService.Named named = items.named(customerId, c.items(), true, errors);
        if (c.amount() == null || c.amount().signum() <= 0 || !Amounts.isLimitAmount(c.amount())) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.error.amount")));
        } else if (errors.isEmpty() && c.amount().compareTo(named.balance()) > 0) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.dispute.error.aboveItems")));
        }
        if (c.reason() == null) {
            errors.add(new ValidationException.FieldError("reason", messages.get("collection.error.required")));
        }
        String description = PlainText.blankToNull(c.description());
        if (description == null || description.length() > 1000 || !PlainText.isPlainMultiline(description)) {
            errors.add(new ValidationException.FieldError("description", messages.get("collection.error.text", 1000)));
        }
        String owner = c.owner() == null || c.owner().isBlank() ? currentUser.username() : c.owner();
        if (users.summary(owner).isEmpty()) {
            errors.add(new ValidationException.FieldError("owner", messages.get("collection.dispute.error.owner")));
        }
        if (c.complaint() != null) {
            if (c.reason() != Dispute.Reason.QUALITY) {
                errors.add(new ValidationException.FieldError("complaint", messages.get("collection.dispute.error.complaintQuality")));
            } else {
                try {
                    if (!customerId.equals(complaints.customerOf(c.complaint()))) {
                        errors.add(new ValidationException.FieldError("complaint", messages.get("collection.dispute.error.complaint")));
                    }
                } catch (NotFoundException e) {
                    errors.add(new ValidationException.FieldError("complaint", messages.get("collection.dispute.error.complaint")));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return disputes.saveAndFlush(new Dispute(customerId, named.numbers(), c.amount(), named.currency(), c.reason(), description.strip(), owner,
                LocalDate.now(clock), c.complaint()));
    }

    /** The customer's disputes, newest first, with their age. */
    public List<View> disputes(Long customerId) {
        items.checkRead(customerId);
        LocalDate today = LocalDate.now(clock);
        int target = collectors.settings().disputeTargetDays();
        return disputes.findByCustomerIdOrderByOpenedOnDescIdDesc(customerId).stream().map(d -> view(d, today, target)).toList();
    }

    private static View view(Dispute d, LocalDate today, int target) {
        long age = ChronoUnit.DAYS.between(d.getOpenedOn(), d.getResolvedOn() != null ? d.getResolvedOn() : today);
        return new View(d, age, d.getStatus().active() && age > target);
    }

    /** The days a dispute may stay open before it is flagged (ADMIN's setting). */
    public int targetDays() {
        return collectors.settings().disputeTargetDays();
    }

    public View get(Long id) {
        Dispute d = disputes.findById(id).orElseThrow(() -> new NotFoundException("Dispute", id));
        if (!items.canRead(d.getCustomerId())) {
            throw new NotFoundException("Dispute", id);
        }
        return view(d, LocalDate.now(clock), targetDays());
    }

    /** Whether the user may move the dispute on: its owner, a credit manager, finance or ADMIN. */
    public boolean canWork(Dispute d) {
        return d.getStatus().active() && (currentUser.username().equals(d.getOwner())
                || currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.FINANCE));
    }

    private Dispute workable(Long id) {
        Dispute d = get(id).dispute();
        if (!currentUser.username().equals(d.getOwner()) && !currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.FINANCE)) {
            throw new AccessDeniedException(messages.get("collection.dispute.error.notYours"));
        }
        if (!d.getStatus().active()) {
            throw ValidationException.of("status", messages.get("collection.dispute.error.resolved"));
        }
        return d;
    }

    @Transactional
    public Dispute investigate(Long id) {
        Dispute d = workable(id);
        d.investigate();
        return disputes.saveAndFlush(d);
    }

    /**
     * Resolves it: a credit note (which settles its invoices by its amount) or payment for up to the disputed amount, or
     * rejected (amount zero or none).
     */
    @Transactional
    public Dispute resolve(Long id, Resolve r) {
        Dispute d = workable(id);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (r.resolution() == null) {
            errors.add(new ValidationException.FieldError("resolution", messages.get("collection.error.required")));
        }
        BigDecimal amount = r.amount() == null ? BigDecimal.ZERO : r.amount();
        if (amount.signum() < 0 || !Amounts.isLimitAmount(amount) || amount.compareTo(d.getAmount()) > 0
                || r.resolution() == Dispute.Resolution.REJECTED && amount.signum() != 0) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.dispute.error.resolutionAmount")));
        }
        String note = PlainText.blankToNull(r.note());
        if (note != null && (note.length() > 1000 || !PlainText.isPlainMultiline(note))) {
            errors.add(new ValidationException.FieldError("note", messages.get("collection.error.text", 1000)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        d.resolve(r.resolution(), amount, note == null ? null : note.strip(), LocalDate.now(clock));
        Dispute saved = disputes.saveAndFlush(d);
        if (r.resolution() == Dispute.Resolution.CREDIT_NOTE && amount.signum() > 0) {
            // the credit note lowers what the invoices owe (and the exposure) by its amount
            payments.settleItems(d.getCustomerId(), Payment.Source.CREDIT_NOTE, "DISPUTE-" + d.getId(), amount, d.getCurrency(), d.getItems());
        }
        return saved;
    }

    /** Per customer, the amount of its disputes not yet resolved. */
    /** The items named by the customer's disputes not yet resolved: left out of dunning. */
    java.util.Set<String> disputedItems(Long customerId) {
        java.util.Set<String> items = new java.util.HashSet<>();
        disputes.findByCustomerIdOrderByOpenedOnDescIdDesc(customerId).stream()
                .filter(d -> d.getStatus() == Dispute.Status.OPEN || d.getStatus() == Dispute.Status.INVESTIGATING)
                .forEach(d -> items.addAll(d.getItems()));
        return items;
    }

    Map<Long, BigDecimal> disputedByCustomer() {
        Map<Long, BigDecimal> map = new HashMap<>();
        disputes.findByStatusIn(EnumSet.of(Dispute.Status.OPEN, Dispute.Status.INVESTIGATING))
                .forEach(d -> map.merge(d.getCustomerId(), d.getAmount(), BigDecimal::add));
        return map;
    }
}
