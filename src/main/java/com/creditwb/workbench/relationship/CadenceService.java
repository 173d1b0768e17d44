package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.relationship.domain.Cadence;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up cadence (定期回访): ADMIN's days between contacts by key-account tier (the customer pyramid of the key-account
 * analysis) and by relationship level; the customers due or overdue for contact — an account manager's own, everyone's
 * for ADMIN.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CadenceService {

    /** A customer due for contact: its tier and level, the last contact (null: none logged), when the next is due. */
    public record Due(Long customerId, String code, String name, String owner, String tier, RelationshipLevel level, LocalDate lastContact,
            LocalDate dueOn, int intervalDays) {
    }

    private final CadenceRuleRepository rules;
    private final CustomerService customers;
    private final KeyAccountService keyAccounts;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    CadenceService(CadenceRuleRepository rules, CustomerService customers, KeyAccountService keyAccounts, CurrentUser currentUser,
            Messages messages, Clock clock) {
        this.rules = rules;
        this.customers = customers;
        this.keyAccounts = keyAccounts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    public List<CadenceRule> rules() {
        return rules.findAllByOrderByKindDescIdAsc();
    }

    public boolean canSet() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN sets the intervals (rule id → days, null for none; 1 to 3,650 days). */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public void save(Map<Long, Integer> days) {
        for (var e : days.entrySet()) {
            if (e.getValue() != null && (e.getValue() < 1 || e.getValue() > 3650)) {
                throw ValidationException.of("days[" + e.getKey() + "]", messages.get("cadence.error.days"));
            }
        }
        for (CadenceRule r : rules.findAll()) {
            if (days.containsKey(r.getId())) {
                r.setDays(days.get(r.getId()));
            }
        }
        rules.flush();
    }

    /** The customers whose next contact is due within {@code aheadDays} (overdue ones first), for the user. */
    public List<Due> due(int aheadDays) {
        boolean own = customers.ownsCustomers();
        if (!own && !currentUser.hasRole(Role.ADMIN)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> byTier = new HashMap<>();
        Map<String, Integer> byLevel = new HashMap<>();
        rules().forEach(r -> ("TIER".equals(r.getKind()) ? byTier : byLevel).put(r.getValue(), r.getDays()));
        Map<Long, LocalDate> last = new HashMap<>();
        rules.lastContacts().forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        var values = keyAccounts.analysis().values();
        List<Due> due = new ArrayList<>();
        for (CustomerService.Entry c : customers.directory()) {
            if (own && !currentUser.username().equals(c.owner())) {
                continue;
            }
            var v = values.get(c.id());
            String tier = v == null || v.tier() == null ? null : v.tier().name();
            Optional<Integer> interval = Cadence.interval(tier == null ? null : byTier.get(tier), c.level() == null ? null : byLevel.get(c.level().name()));
            if (interval.isEmpty()) {
                continue;
            }
            LocalDate next = Cadence.dueOn(last.get(c.id()), interval.get(), today);
            if (!next.isAfter(today.plusDays(aheadDays))) {
                due.add(new Due(c.id(), c.code(), c.name(), c.owner(), tier, c.level(), last.get(c.id()), next, interval.get()));
            }
        }
        due.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::code, Comparator.nullsLast(String::compareTo)));
        return due;
    }
}
