package com.creditwb.workbench.credit.groups;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer groups with a group limit: credit managers and ADMIN keep them; whoever may read a member's credit sees its
 * group with the members' committed exposure together (members they may not read are counted, not named).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GroupService {

    /** What is saved. */
    public record Form(String name, Long parentId, BigDecimal limit, Set<Long> members) {
    }

    /** A member as shown: its code and name when readable, and its committed exposure. */
    public record Member(Long customerId, String code, String name, BigDecimal exposure, boolean parent) {
    }

    /** The group with its exposure and what it has left. */
    public record Summary(CustomerGroup group, List<Member> members, BigDecimal exposure, BigDecimal available, int hiddenMembers) {
    }

    private final CustomerGroupRepository groups;
    private final CreditMonitorService monitor;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;

    GroupService(CustomerGroupRepository groups, CreditMonitorService monitor, CustomerService customers, AccessPolicy policy,
            CurrentUser currentUser, Messages messages) {
        this.groups = groups;
        this.monitor = monitor;
        this.customers = customers;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public boolean canEdit() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER);
    }

    private boolean readable(Long customerId) {
        return policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, customers.ownerOf(customerId)));
    }

    /** The groups with at least one member the user may read, by name. */
    public List<Summary> list() {
        return groups.findAllByOrderByNameAsc().stream().filter(g -> g.getMembers().stream().anyMatch(this::readable)).map(this::summary).toList();
    }

    /** The customer's group, if it has one and the user may read the customer's credit. */
    public Optional<Summary> ofCustomer(Long customerId) {
        if (!readable(customerId)) {
            return Optional.empty();
        }
        return groups.findByMember(customerId).map(this::summary);
    }

    public Summary get(Long id) {
        CustomerGroup g = groups.findById(id).filter(x -> x.getMembers().stream().anyMatch(this::readable))
                .orElseThrow(() -> new NotFoundException("CustomerGroup", id));
        return summary(g);
    }

    private Summary summary(CustomerGroup g) {
        List<Member> members = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int hidden = 0;
        for (Long id : g.getMembers()) {
            // the group's exposure counts every member, also those the user may not read (only the total is shown of
            // them, as the group limit is checked against it): read as the system, the member stays hidden
            BigDecimal e = readable(id) ? monitor.committedExposure(id).total()
                    : com.creditwb.workbench.common.SystemAuthentication.call(() -> monitor.committedExposure(id).total());
            total = total.add(e);
            if (readable(id)) {
                var c = customers.record(id);
                members.add(new Member(id, c.code(), c.name(), e, id.equals(g.getParentId())));
            } else {
                hidden++;
            }
        }
        members.sort(java.util.Comparator.comparing((Member m) -> !m.parent()).thenComparing(Member::code));
        return new Summary(g, members, total, g.getLimit().subtract(total), hidden);
    }

    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    public CustomerGroup save(Long id, Long version, Form f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.name() == null || f.name().isBlank() || f.name().length() > 200 || !PlainText.isPlain(f.name())) {
            errors.add(new ValidationException.FieldError("name", messages.get("group.error.name")));
        }
        if (!com.creditwb.workbench.credit.domain.Amounts.isLimitAmount(f.limit())) {
            errors.add(new ValidationException.FieldError("limit", messages.get("limitRequest.error.limit")));
        }
        if (f.parentId() == null) {
            errors.add(new ValidationException.FieldError("parentId", messages.get("validation.required")));
        }
        Set<Long> members = new LinkedHashSet<>(f.members() == null ? Set.of() : f.members());
        if (f.parentId() != null) {
            members.add(f.parentId());
        }
        if (members.size() > 500) {
            errors.add(new ValidationException.FieldError("members", messages.get("group.error.tooMany", 500)));
        }
        for (Long m : members) {
            customers.record(m);
            Optional<CustomerGroup> other = groups.findByMember(m).filter(g -> !g.getId().equals(id));
            if (other.isPresent()) {
                errors.add(new ValidationException.FieldError("members", messages.get("group.error.elsewhere", customers.record(m).name(),
                        other.get().getName())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CustomerGroup g = id == null ? new CustomerGroup(f.name().strip(), f.parentId(), f.limit())
                : groups.findById(id).orElseThrow(() -> new NotFoundException("CustomerGroup", id));
        if (id != null) {
            ConcurrentEditException.unlessSame(g.getVersion(), version, messages);
        }
        g.set(f.name().strip(), f.parentId(), f.limit(), members);
        try {
            return groups.saveAndFlush(g);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ConcurrentEditException.of(e, messages);
        }
    }

    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    public void delete(Long id) {
        groups.delete(groups.findById(id).orElseThrow(() -> new NotFoundException("CustomerGroup", id)));
        groups.flush();
    }
}
