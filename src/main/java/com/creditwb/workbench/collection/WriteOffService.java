package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.domain.Amounts;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.security.notifications.NotificationKind;
import com.creditwb.workbench.security.notifications.NotificationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write-offs and recoveries (坏账核销与收回): a credit manager proposes writing off open items with a reason; another
 * credit manager whose approval authority covers the amount approves (four-eyes) — above it, they escalate to one whose
 * authority does, as for releases. Approved, the amount settles the items (it leaves the exposure) and is the
 * customer's loss; money recovered later is recorded against it (by a credit manager or finance).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WriteOffService {

    public record Proposal(List<String> items, BigDecimal amount, String reason) {
    }

    public record RecoveryCommand(BigDecimal amount, LocalDate date, String reference) {
    }

    /** A write-off with what was recovered of it. */
    public record View(WriteOff writeOff, BigDecimal recovered, List<Recovery> recoveries) {

        public BigDecimal netLoss() {
            return writeOff.getStatus() == WriteOff.Status.APPROVED ? writeOff.getAmount().subtract(recovered) : BigDecimal.ZERO;
        }
    }

    private final WriteOffRepository writeOffs;
    private final RecoveryRepository recoveries;
    private final OpenItemService items;
    private final PaymentService payments;
    private final DocumentService documents;
    private final UserService users;
    private final NotificationService notifications;
    private final com.creditwb.workbench.customer.CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TextChecks texts;
    private final Clock clock;

    WriteOffService(TextChecks texts, WriteOffRepository writeOffs, RecoveryRepository recoveries, OpenItemService items, PaymentService payments,
            DocumentService documents, UserService users, NotificationService notifications, com.creditwb.workbench.customer.CustomerService customers,
            CurrentUser currentUser, Messages messages, Clock clock) {
        this.writeOffs = writeOffs;
        this.recoveries = recoveries;
        this.items = items;
        this.payments = payments;
        this.documents = documents;
        this.users = users;
        this.notifications = notifications;
        this.customers = customers;
        this.currentUser = currentUser;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    public boolean canPropose() {
        return currentUser.hasRole(Role.CREDIT_MANAGER);
    }

    @Transactional
    public WriteOff propose(Long customerId, Proposal p) {
        items.checkRead(customerId);
        if (!canPropose()) {
            throw new AccessDeniedException(messages.get("collection.writeOff.error.notCreditManager"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        OpenItemService.Named named = items.named(customerId, p.items(), true, errors);
        if (p.amount() == null || p.amount().signum() <= 0 || !Amounts.isLimitAmount(p.amount())) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.error.amount")));
        } else if (errors.isEmpty() && p.amount().compareTo(named.balance()) > 0) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.dispute.error.aboveItems")));
        }
        String reason = texts.reason(errors, "reason", p.reason());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        WriteOff saved = writeOffs.saveAndFlush(new WriteOff(customerId, named.numbers(), p.amount(), named.currency(), reason,
                currentUser.username(), LocalDate.now(clock)));
        notifications.notify(notifications.withRole(Role.CREDIT_MANAGER, currentUser.username()), NotificationKind.WRITE_OFF_WAITING,
                "customers/" + customerId + "?tab=collections", "writeoff:" + saved.getId(), List.of(users.displayName(currentUser.username()),
                        customers.nameOf(customerId), NotificationService.amount(p.amount())));
        return saved;
    }

    /** The customer's write-offs, newest first, with their recoveries. */
    public List<View> writeOffs(Long customerId) {
        items.checkRead(customerId);
        return writeOffs.findByCustomerIdOrderByProposedOnDescIdDesc(customerId).stream().map(this::view).toList();
    }

    /** A customer's losses: approved write-offs, what was recovered of them, and the net loss. */
    public record Losses(int approved, BigDecimal writtenOff, BigDecimal recovered) {
        public BigDecimal net() {
            return writtenOff.subtract(recovered);
        }

        public static Losses of(List<View> views) {
            int approved = 0;
            BigDecimal written = BigDecimal.ZERO;
            BigDecimal recovered = BigDecimal.ZERO;
            for (View v : views) {
                if (v.writeOff().getStatus() == WriteOff.Status.APPROVED) {
                    approved++;
                    written = written.add(v.writeOff().getAmount());
                }
                recovered = recovered.add(v.recovered());
            }
            return new Losses(approved, written, recovered);
        }
    }

    View view(WriteOff w) {
        List<Recovery> list = recoveries.findByWriteOffIdOrderByRecoveredOnAscIdAsc(w.getId());
        return new View(w, list.stream().map(Recovery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add), list);
    }

    public View get(Long id) {
        WriteOff w = writeOffs.findById(id).orElseThrow(() -> new NotFoundException("WriteOff", id));
        if (!items.canRead(w.getCustomerId())) {
            throw new NotFoundException("WriteOff", id);
        }
        return view(w);
    }

    /** Whether the user may decide it: a credit manager who did not propose it (and, if escalated, the one it went to). */
    public boolean canDecide(WriteOff w) {
        return w.getStatus() == WriteOff.Status.PROPOSED && currentUser.hasRole(Role.CREDIT_MANAGER)
                && !currentUser.username().equals(w.getProposedBy()) && (w.getAssignedTo() == null || currentUser.username().equals(w.getAssignedTo()));
    }

    /** Whether the amount is within the user's approval authority. */
    public boolean withinAuthority(WriteOff w) {
        return documents.authorityOf(currentUser.username()).compareTo(w.getAmount()) >= 0;
    }

    private WriteOff decidable(Long id) {
        WriteOff w = get(id).writeOff();
        if (!currentUser.hasRole(Role.CREDIT_MANAGER) || currentUser.username().equals(w.getProposedBy())
                || w.getAssignedTo() != null && !currentUser.username().equals(w.getAssignedTo())) {
            throw new AccessDeniedException(messages.get("collection.writeOff.error.fourEyes"));
        }
        if (w.getStatus() != WriteOff.Status.PROPOSED) {
            throw ValidationException.of("status", messages.get("document.error.decided"));
        }
        return w;
    }

    /** Approves within the user's authority: the amount settles the items named and becomes the customer's loss. */
    @Transactional
    public WriteOff approve(Long id, String reason) {
        WriteOff w = decidable(id);
        if (!withinAuthority(w)) {
            throw new AccessDeniedException(messages.get("collection.writeOff.error.authority"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String text = PlainText.blankToNull(reason) == null ? null : texts.reason(errors, "reason", reason);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        w.decide(WriteOff.Status.APPROVED, currentUser.username(), LocalDate.now(clock), text);
        WriteOff saved = writeOffs.saveAndFlush(w);
        payments.settleItems(w.getCustomerId(), Payment.Source.WRITE_OFF, "WRITE-OFF-" + w.getId(), w.getAmount(), w.getCurrency(), w.getItems());
        return saved;
    }

    @Transactional
    public WriteOff reject(Long id, String reason) {
        WriteOff w = decidable(id);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String text = texts.reason(errors, "reason", reason);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        w.decide(WriteOff.Status.REJECTED, currentUser.username(), LocalDate.now(clock), text);
        return writeOffs.saveAndFlush(w);
    }

    /** Hands it to another credit manager (not the proposer) whose authority covers it, with a reason. */
    @Transactional
    public WriteOff escalate(Long id, String to, String reason) {
        WriteOff w = decidable(id);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (to == null || to.equals(w.getProposedBy()) || to.equals(currentUser.username()) || !users.isEnabledWithRole(to, Role.CREDIT_MANAGER)) {
            errors.add(new ValidationException.FieldError("to", messages.get("collection.writeOff.error.escalateTo")));
        } else if (documents.authorityOf(to).compareTo(w.getAmount()) < 0) {
            errors.add(new ValidationException.FieldError("to", messages.get("collection.writeOff.error.escalateAuthority")));
        }
        String text = texts.reason(errors, "reason", reason);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        w.escalate(to, text);
        WriteOff saved = writeOffs.saveAndFlush(w);
        notifications.notify(List.of(to), NotificationKind.WRITE_OFF_WAITING, "customers/" + w.getCustomerId() + "?tab=collections",
                "writeoff:" + w.getId() + ":" + to, List.of(users.displayName(currentUser.username()), customers.nameOf(w.getCustomerId()),
                        NotificationService.amount(w.getAmount())));
        return saved;
    }

    public boolean canRecover() {
        return currentUser.hasAnyRole(Role.CREDIT_MANAGER, Role.FINANCE);
    }

    /** Records money recovered on an approved write-off, up to what is still lost. */
    @Transactional
    public Recovery recover(Long id, RecoveryCommand c) {
        View v = get(id);
        if (!canRecover()) {
            throw new AccessDeniedException(messages.get("collection.writeOff.error.recover"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (v.writeOff().getStatus() != WriteOff.Status.APPROVED) {
            errors.add(new ValidationException.FieldError("status", messages.get("collection.writeOff.error.notApproved")));
        }
        if (c.amount() == null || c.amount().signum() <= 0 || !Amounts.isLimitAmount(c.amount()) || c.amount().compareTo(v.netLoss()) > 0) {
            errors.add(new ValidationException.FieldError("amount", messages.get("collection.writeOff.error.recoveryAmount")));
        }
        LocalDate today = LocalDate.now(clock);
        if (c.date() == null || c.date().isAfter(today) || v.writeOff().getDecidedOn() != null && c.date().isBefore(v.writeOff().getDecidedOn())) {
            errors.add(new ValidationException.FieldError("date", messages.get("collection.writeOff.error.recoveryDate")));
        }
        String reference = PlainText.blankToNull(c.reference());
        if (reference != null && (reference.length() > 64 || !PlainText.isPlain(reference))) {
            errors.add(new ValidationException.FieldError("reference", messages.get("collection.error.reference")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return recoveries.saveAndFlush(new Recovery(id, v.writeOff().getCustomerId(), c.amount(), c.date(), reference));
    }

    /** Write-offs waiting for a decision the user may read. */
    public List<View> waiting() {
        return writeOffs.findByStatusOrderByProposedOnAscIdAsc(WriteOff.Status.PROPOSED).stream().filter(w -> items.canRead(w.getCustomerId()))
                .map(this::view).toList();
    }
}
