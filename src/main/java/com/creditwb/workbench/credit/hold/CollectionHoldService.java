package com.creditwb.workbench.credit.hold;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection holds (催收冻结): placed by collections (a customer at the final dunning level, or with a broken promise, as
 * ADMIN chooses), read by every document check (COLLECTION_HOLD), lifted by a credit manager with a reason.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CollectionHoldService {

    /** A hold as other features see it. */
    public record Hold(Long id, Long customerId, CollectionHold.Cause cause, String detail, LocalDate placedOn, String liftedBy, Instant liftedAt,
            String liftReason) {

        public boolean active() {
            return liftedAt == null;
        }

        static Hold of(CollectionHold h) {
            return new Hold(h.getId(), h.getCustomerId(), h.getCause(), h.getDetail(), h.getPlacedOn(), h.getLiftedBy(), h.getLiftedAt(),
                    h.getLiftReason());
        }
    }

    private final CollectionHoldRepository holds;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    CollectionHoldService(CollectionHoldRepository holds, CustomerService customers, AccessPolicy policy, CurrentUser currentUser, Messages messages,
            Clock clock) {
        this.holds = holds;
        this.customers = customers;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    private void checkRead(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.CREDIT, customerId), "Customer", customerId);
    }

    /** Places a hold unless one is in force already (the job that places it runs as the system). */
    @Transactional
    public void place(Long customerId, CollectionHold.Cause cause, String detail) {
        if (holds.findByCustomerIdAndLiftedAtIsNull(customerId).isEmpty()) {
            holds.saveAndFlush(new CollectionHold(customerId, cause, detail, LocalDate.now(clock)));
        }
    }

    /** The hold in force on the customer, if any. */
    public Optional<Hold> current(Long customerId) {
        checkRead(customerId);
        return holds.findByCustomerIdAndLiftedAtIsNull(customerId).stream().findFirst().map(Hold::of);
    }

    /** Every hold of the customer, newest first. */
    public List<Hold> history(Long customerId) {
        checkRead(customerId);
        return holds.findByCustomerIdOrderByPlacedOnDescIdDesc(customerId).stream().map(Hold::of).toList();
    }

    /** The customers on hold now (for lists). */
    public Set<Long> customersOnHold() {
        return holds.findByLiftedAtIsNull().stream().map(CollectionHold::getCustomerId).collect(Collectors.toSet());
    }

    public boolean canLift() {
        return currentUser.hasRole(Role.CREDIT_MANAGER);
    }

    /** A credit manager lifts the hold in force with a reason. */
    @Transactional
    public Hold lift(Long customerId, String reason) {
        checkRead(customerId);
        if (!canLift()) {
            throw new AccessDeniedException(messages.get("collectionHold.error.notCreditManager"));
        }
        String text = PlainText.blankToNull(reason);
        if (text == null || text.length() > 1000 || !PlainText.isPlainMultiline(text)) {
            throw ValidationException.of("reason", messages.get("document.error.reason"));
        }
        CollectionHold hold = holds.findByCustomerIdAndLiftedAtIsNull(customerId).stream().findFirst()
                .orElseThrow(() -> ValidationException.of("customer", messages.get("collectionHold.error.none")));
        hold.lift(currentUser.username(), Instant.now(clock), text.strip());
        return Hold.of(holds.saveAndFlush(hold));
    }
}
