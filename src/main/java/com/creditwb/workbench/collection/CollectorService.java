package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who collects from each customer (催收负责人): ADMIN's rules by account manager, region or risk class (the first that
 * matches in that order), else the credit manager who decided the customer's current credit; and ADMIN's collection
 * settings.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CollectorService {

    private final CollectorRuleRepository rules;
    private final CustomerService customers;
    private final AssessmentService assessments;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final CollectionSettingsRepository settings;

    CollectorService(CollectorRuleRepository rules, CustomerService customers, AssessmentService assessments, UserService users,
            CurrentUser currentUser, Messages messages, CollectionSettingsRepository settings) {
        this.settings = settings;
        this.rules = rules;
        this.customers = customers;
        this.assessments = assessments;
        this.users = users;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** The rules resolved once for many customers. */
    final class Resolver {

        private final Map<CollectorRule.Kind, Map<String, String>> byKind = new EnumMap<>(CollectorRule.Kind.class);
        private final Map<Long, AssessmentService.DecisionOwner> deciders;

        Resolver(Map<Long, AssessmentService.DecisionOwner> deciders) {
            for (CollectorRule.Kind k : CollectorRule.Kind.values()) {
                byKind.put(k, new HashMap<>());
            }
            rules.findAll().forEach(r -> byKind.get(r.getKind()).put(r.getMatchValue(), r.getCollector()));
            this.deciders = deciders;
        }

        String collectorOf(CustomerRecord c) {
            return collectorOf(c.id(), c.owner(), c.region() == null ? null : c.region().name(), c.credit().riskClass());
        }

        String collectorOf(CustomerService.Brief c) {
            return collectorOf(c.id(), c.owner(), c.region() == null ? null : c.region().name(), c.riskClass());
        }

        String collectorOf(Long id, String ownerName, String regionName, String riskClass) {
            String owner = ownerName == null ? null : byKind.get(CollectorRule.Kind.OWNER).get(ownerName);
            if (owner != null) {
                return owner;
            }
            String region = regionName == null ? null : byKind.get(CollectorRule.Kind.REGION).get(regionName);
            if (region != null) {
                return region;
            }
            String risk = riskClass == null ? null : byKind.get(CollectorRule.Kind.RISK_CLASS).get(riskClass);
            if (risk != null) {
                return risk;
            }
            AssessmentService.DecisionOwner d = deciders.get(id);
            return d == null ? null : d.author();
        }

        /** The payment terms of the customer's current decision (null without one). */
        Integer termsOf(Long id) {
            AssessmentService.DecisionOwner d = deciders.get(id);
            return d == null ? null : d.termsDays();
        }
    }

    Resolver resolver() {
        return new Resolver(assessments.decisionOwners());
    }

    /** The customer's collector (null when no rule matches and no credit decision names one). */
    public String collectorOf(Long customerId) {
        CustomerRecord c = customers.record(customerId);
        Map<Long, AssessmentService.DecisionOwner> decider = new HashMap<>();
        assessments.decisionOwner(customerId).ifPresent(d -> decider.put(customerId, d));
        return new Resolver(decider).collectorOf(c);
    }

    public boolean canManage() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN's settings: what puts a customer on collection hold, the dispute target. */
    public CollectionSettings.Rules settings() {
        return settings.findById(1L).map(CollectionSettings::rules).orElse(new CollectionSettings.Rules(true, true, 30, 7));
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public void saveSettings(CollectionSettings.Rules r) {
        if (r.disputeTargetDays() < 1 || r.disputeTargetDays() > 365) {
            throw ValidationException.of("disputeTargetDays", messages.get("collection.settings.error.days"));
        }
        if (r.dunningGapDays() < 0 || r.dunningGapDays() > 365) {
            throw ValidationException.of("dunningGapDays", messages.get("collection.settings.error.gap"));
        }
        CollectionSettings s = settings.findById(1L).orElseThrow();
        s.apply(r);
        settings.saveAndFlush(s);
    }

    /** ADMIN's rules, by kind and value. */
    public List<CollectorRule> rules() {
        return rules.findAll().stream().sorted(Comparator.comparing(CollectorRule::getKind).thenComparing(CollectorRule::getMatchValue)).toList();
    }

    /** Sets (or with a null collector removes) the rule for customers of the kind and value; the collector must collect. */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public void setRule(CollectorRule.Kind kind, String value, String collector) {
        if (kind == null) {
            throw ValidationException.of("kind", messages.get("collection.error.required"));
        }
        if (value == null || value.isBlank() || value.length() > 64) {
            throw ValidationException.of("value", messages.get("collection.error.required"));
        }
        var existing = rules.findByKindAndMatchValue(kind, value);
        if (collector == null) {
            existing.ifPresent(rules::delete);
            return;
        }
        if (!users.isEnabledWithRole(collector, Role.CREDIT_MANAGER) && !users.isEnabledWithRole(collector, Role.FINANCE)) {
            throw ValidationException.of("collector", messages.get("collection.rule.error.collector"));
        }
        existing.ifPresentOrElse(r -> r.setCollector(collector), () -> rules.save(new CollectorRule(kind, value, collector)));
    }
}
