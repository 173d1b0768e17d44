package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ValidationException.FieldError;
import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.common.audit.AuditLogService;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.BeanChecks;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Objects;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and their contacts. Everyone signed in reads; account managers create customers and
 * edit the ones they own; administrators edit all.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CustomerService {

    private final CustomerRepository customers;
    private final BeanChecks checks;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditLogService audit;
    private final EntityManager entityManager;
    private final CustomerNameIndex nameIndex;
    private final AccessPolicy policy;

    CustomerService(CustomerRepository customers, BeanChecks checks, Messages messages, CurrentUser currentUser,
            UserService users, AuditLogService audit, EntityManager entityManager, CustomerNameIndex nameIndex, AccessPolicy policy) {
        this.policy = policy;
        this.nameIndex = nameIndex;
        this.customers = customers;
        this.checks = checks;
        this.messages = messages;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Counts of customers for the dashboard. */
    public record CustomerCounts(long total, Map<CustomerType, Long> byType, Map<LifecycleStage, Long> byStage,
            Map<Region, Long> byRegion) {
    }

    public Customer get(Long id) {
        return customers.findWithContactsById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * Finds a customer by the one rule every path follows: a key of digits alone is the id (codes may not be
     * all digits), anything else is the code (case-insensitive).
     */
    public Customer getByIdOrCode(String idOrCode) {
        Long id = numericId(idOrCode);
        if (id != null) {
            return customers.findWithContactsById(id).orElseThrow(() -> new NotFoundException("Customer", idOrCode));
        }
        return customers.findWithContactsByCode(normalisedCode(idOrCode)).orElseThrow(() -> new NotFoundException("Customer", idOrCode));
    }

    /** The id a key of digits alone names (null for a code); a number too long for an id names no customer. */
    public static Long numericId(String idOrCode) {
        String key = idOrCode == null ? "" : idOrCode.trim();
        if (!key.isEmpty() && key.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            if (key.length() > 18) {
                throw new NotFoundException("Customer", idOrCode);
            }
            return Long.valueOf(key);
        }
        return null;
    }

    /** A code as stored: trimmed, upper case. */
    public static String normalisedCode(String idOrCode) {
        return idOrCode == null ? "" : idOrCode.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Customer ids by code and by USCC for the keys given (upper-cased); unknown keys are absent. */
    public java.util.Map<String, Long> idsByCodeOrUscc(java.util.Collection<String> keys) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        List<String> all = keys.stream().filter(java.util.Objects::nonNull)
                .map(k -> k.trim().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            for (Object[] row : customers.findKeys(all.subList(from, Math.min(all.size(), from + 1000)))) {
                ids.put((String) row[1], (Long) row[0]);
                if (row[2] != null) {
                    ids.put((String) row[2], (Long) row[0]);
                }
            }
        }
        return ids;
    }

    /** The id of a customer given by id or code (the rule of {@link #getByIdOrCode}), without loading it (hot paths such as the credit check). */
    public Long idOf(String idOrCode) {
        Long id = numericId(idOrCode);
        if (id != null) {
            if (customers.existsById(id)) {
                return id;
            }
            throw new NotFoundException("Customer", idOrCode);
        }
        return customers.findIdByCode(normalisedCode(idOrCode)).orElseThrow(() -> new NotFoundException("Customer", idOrCode));
    }

    /** The customers with the given ids (missing ids are absent). */
    public Map<Long, Customer> byIds(Collection<Long> ids) {
        Map<Long, Customer> found = new HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            customers.findAllById(all.subList(from, Math.min(all.size(), from + 1000))).forEach(c -> found.put(c.getId(), c));
        }
        return found;
    }

    /** A customer as other features read it, with its contacts; an unknown id is not found. */
    public CustomerRecord record(Long id) {
        return CustomerRecord.of(get(id), true);
    }

    /** The same by id or code (the rule of {@link #getByIdOrCode}). */
    public CustomerRecord recordByIdOrCode(String idOrCode) {
        return CustomerRecord.of(getByIdOrCode(idOrCode), true);
    }

    /** The records of the customers with the given ids, without their contacts (missing ids are absent). */
    public Map<Long, CustomerRecord> records(Collection<Long> ids) {
        Map<Long, CustomerRecord> found = new HashMap<>();
        byIds(ids).forEach((id, c) -> found.put(id, CustomerRecord.of(c, false)));
        return found;
    }

    /** Id, code, name, owner and relationship level of a customer, for portfolio-wide analyses. */
    public record Entry(Long id, String code, String name, String owner, RelationshipLevel level) {
    }

    /** A customer as a portfolio-wide list needs it: id, code, name, account manager, region and risk class code. */
    public record Brief(Long id, String code, String name, String owner, com.creditwb.workbench.customer.domain.Region region, String riskClass) {
    }

    /** Every customer's brief (one query, no entities loaded); the caller keeps those the user may read. */
    /** One customer's brief (null for an unknown id). */
    public Brief brief(Long id) {
        return customers.findById(id).map(c -> new Brief(c.getId(), c.getCode(), c.getName(), c.getOwner(), c.getRegion(), c.getCreditRiskClass()))
                .orElse(null);
    }

    public Map<Long, Brief> briefs() {
        Map<Long, Brief> map = new HashMap<>();
        for (Object[] r : customers.findBriefs()) {
            map.put((Long) r[0], new Brief((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (com.creditwb.workbench.customer.domain.Region) r[4], (String) r[5]));
        }
        return map;
    }

    /** Every customer's entry, by code (one query, no entities loaded). */
    public List<Entry> directory() {
        return customers.findDirectory().stream()
                .map(r -> new Entry((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (RelationshipLevel) r[4])).toList();
    }

    /** The customer's part of the given area as the access policy sees it (its account manager is the owner). */
    public AccessPolicy.Subject subject(AccessPolicy.Area area, Customer customer) {
        return AccessPolicy.Subject.of(area, customer.getOwner());
    }

    /** The same for a customer's record. */
    public AccessPolicy.Subject subject(AccessPolicy.Area area, CustomerRecord customer) {
        return AccessPolicy.Subject.of(area, customer.owner());
    }

    /** The same from the customer's id alone (the owner is read without loading the customer); an unknown id is not found. */
    public AccessPolicy.Subject subject(AccessPolicy.Area area, Long customerId) {
        return AccessPolicy.Subject.of(area, ownerOf(customerId));
    }

    /** The ids of the customers an account manager owns (for another feature's "concerns my customers" lists). */
    public List<Long> idsOwnedBy(String owner) {
        return owner == null ? List.of() : customers.findIdsByOwner(owner);
    }

    /** The customer's name alone (for a line of text about it), without loading the record. */
    public String nameOf(Long customerId) {
        return customers.findNameById(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    /** The language the customer is written to in; an unknown id is not found. */
    public java.util.Locale correspondenceLocale(Long customerId) {
        return get(customerId).getLanguage().locale();
    }

    /** The customer's account manager (null when it has none); an unknown id is not found. */
    public String ownerOf(Long customerId) {
        if (customerId == null) {
            throw new NotFoundException("Customer", null);
        }
        return customers.findOwnerById(customerId).orElseGet(() -> {
            if (!customers.existsById(customerId)) {
                throw new NotFoundException("Customer", customerId);
            }
            return null;
        });
    }

    /** Whether the signed-in user may see the customer's credit outcome (the access policy's CREDIT area). */
    public boolean canSeeCredit(Customer customer) {
        return policy.canRead(subject(AccessPolicy.Area.CREDIT, customer));
    }

    /** The same for a customer's record. */
    public boolean canSeeCredit(CustomerRecord customer) {
        return policy.canRead(subject(AccessPolicy.Area.CREDIT, customer));
    }

    /** The same, from the customer's id alone. */
    public boolean canSeeCredit(Long customerId) {
        return policy.canRead(subject(AccessPolicy.Area.CREDIT, customerId));
    }

    /**
     * Which customers' records of the area the user may read, for an area where owning the customer is what gives a
     * user without a wider role access: empty when the policy lets the user read those of a customer nobody owns
     * (every customer), else the ids of the customers the user owns whose records the policy lets them read.
     */
    public java.util.Optional<java.util.Set<Long>> readableOnly(AccessPolicy.Area area) {
        if (policy.canRead(AccessPolicy.Subject.of(area, null))) {
            return java.util.Optional.empty();
        }
        String me = currentUser.isSignedIn() ? currentUser.username() : null;
        return java.util.Optional.of(me == null || !policy.canRead(AccessPolicy.Subject.of(area, me)) ? java.util.Set.of()
                : new java.util.HashSet<>(idsOwnedBy(me)));
    }

    /** Whether the signed-in user owns customers (an account manager): "mine" filters and new customers are theirs. */
    public boolean ownsCustomers() {
        return currentUser.hasRole(Role.ACCOUNT_MANAGER);
    }

    /** Whether the signed-in user may give a customer to another account manager (ADMIN). */
    public boolean canAssignOwner() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public boolean canCreate() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.ACCOUNT_MANAGER);
    }

    /** Administrators edit every customer, account managers the ones they own. */
    public boolean canEdit(Customer customer) {
        return policy.canEdit(subject(AccessPolicy.Area.CUSTOMER, customer));
    }

    @RolesAllowed({Role.ADMIN_, Role.ACCOUNT_MANAGER_})
    @Transactional
    public Customer create(Customer customer) {
        if (!customer.isNew()) {
            throw new IllegalArgumentException("create() takes a new customer");
        }
        customer.normalise();
        if (!currentUser.hasRole(Role.ADMIN)) {
            if (customer.getOwner() == null || customer.getOwner().isBlank()) {
                customer.setOwner(currentUser.username());
            }
        }
        for (Contact contact : customer.getContacts()) {
            contact.setCustomer(customer);
        }
        validate(customer);
        return save(customer, null);
    }

    @RolesAllowed({Role.ADMIN_, Role.ACCOUNT_MANAGER_})
    @Transactional
    public Customer update(Customer edited) {
        if (edited.isNew()) {
            throw new IllegalArgumentException("update() takes a stored customer");
        }
        Customer stored = customers.findById(edited.getId()).orElseThrow(() -> new NotFoundException("Customer", edited.getId()));
        if (!canEdit(stored)) {
            throw new AccessDeniedException(messages.get("customer.error.notOwner"));
        }
        // the version covers everything saved together, contacts included: compare it here, then move it on
        // even when only a contact changed (the customer row itself would not be written then)
        ConcurrentEditException.unlessSame(stored.getVersion(), edited.getVersion(), messages);
        com.creditwb.workbench.common.Versions.bump(entityManager, stored);
        edited.setVersion(stored.getVersion());
        String oldName = stored.getName();
        edited.normalise();
        if (!currentUser.hasRole(Role.ADMIN) && (edited.getOwner() == null || edited.getOwner().isBlank())) {
            edited.setOwner(stored.getOwner());
        }
        for (Contact contact : edited.getContacts()) {
            contact.setCustomer(edited);
        }
        validate(edited);
        return save(edited, oldName);
    }

    /** A contact as typed in its form: the command the contacts list hands over. */
    public record ContactForm(String name, String title, String phone, String email, com.creditwb.workbench.customer.domain.ContactRole role) {
    }

    /**
     * Adds a contact ({@code contactId} null) or changes one, checked on its own fields; the customer's version moves
     * on. Refused, nothing changes — the page re-reads what is stored.
     */
    @RolesAllowed({Role.ADMIN_, Role.ACCOUNT_MANAGER_})
    @Transactional
    public Customer saveContact(Long customerId, Long version, Long contactId, ContactForm form) {
        Customer stored = editable(customerId, version);
        Contact contact = contactId == null ? new Contact() : contactOf(stored, contactId);
        Contact typed = new Contact(form.name() == null ? null : form.name().strip(), form.title(), form.phone(), form.email(),
                form.role());
        List<FieldError> errors = checks.errors(typed);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        com.creditwb.workbench.common.Versions.bump(entityManager, stored);
        contact.setName(typed.getName());
        contact.setTitle(typed.getTitle());
        contact.setPhone(typed.getPhone());
        contact.setEmail(typed.getEmail());
        contact.setRole(typed.getRole());
        if (contactId == null) {
            stored.addContact(contact);
        }
        return save(stored, stored.getName());
    }

    /** Removes one contact; the customer's version moves on. */
    @RolesAllowed({Role.ADMIN_, Role.ACCOUNT_MANAGER_})
    @Transactional
    public Customer removeContact(Long customerId, Long version, Long contactId) {
        Customer stored = editable(customerId, version);
        com.creditwb.workbench.common.Versions.bump(entityManager, stored);
        stored.removeContact(contactOf(stored, contactId));
        return save(stored, stored.getName());
    }

    private Customer editable(Long customerId, Long version) {
        Customer stored = customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        if (!canEdit(stored)) {
            throw new AccessDeniedException(messages.get("customer.error.notOwner"));
        }
        ConcurrentEditException.unlessSame(stored.getVersion(), version, messages);
        return stored;
    }

    private static Contact contactOf(Customer customer, Long contactId) {
        return customer.getContacts().stream().filter(c -> contactId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    public CustomerCounts counts() {
        Map<CustomerType, Long> byType = new EnumMap<>(CustomerType.class);
        customers.countByType().forEach(r -> byType.put((CustomerType) r[0], (Long) r[1]));
        Map<LifecycleStage, Long> byStage = new EnumMap<>(LifecycleStage.class);
        customers.countByStage().forEach(r -> byStage.put((LifecycleStage) r[0], (Long) r[1]));
        Map<Region, Long> byRegion = new EnumMap<>(Region.class);
        customers.countByRegion().forEach(r -> byRegion.put((Region) r[0], (Long) r[1]));
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new CustomerCounts(total, byType, byStage, byRegion);
    }

    /**
     * Everything logged under the customer that the signed-in user may see: each row only when the access
     * policy lets the user read the area it belongs to (credit rows to who may see the credit outcome,
     * economics to who may see key-account data, and so on). A row of an area the policy does not know is hidden.
     */
    public List<AuditLogEntry> history(Long customerId) {
        String owner = ownerOf(customerId);
        Map<String, Boolean> readable = new HashMap<>();
        return audit.history(Customer.AUDIT_TYPE, customerId).stream()
                .filter(e -> readable.computeIfAbsent(String.valueOf(e.getArea()), area -> canReadArea(area, owner)))
                .toList();
    }

    private boolean canReadArea(String area, String owner) {
        for (AccessPolicy.Area a : AccessPolicy.Area.values()) {
            if (a.name().equals(area)) {
                return policy.canRead(AccessPolicy.Subject.of(a, owner));
            }
        }
        return false;
    }

    private Customer save(Customer customer, String oldName) {
        try {
            Customer saved = customers.saveAndFlush(customer);
            nameIndex.reindex(saved.getId(), oldName, saved.getName());
            saved.getContacts().size();
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConcurrentEditException.of(e, messages);
        } catch (DataIntegrityViolationException e) {
            // a unique code or USCC taken between our check and the insert
            throw ValidationException.of("code", messages.get("customer.error.duplicate"));
        }
    }

    private void validate(Customer customer) {
        List<FieldError> errors = new ArrayList<>(checks.errors(customer));
        Long id = customer.getId();
        if (customer.getCode() != null && !customer.getCode().isBlank()
                && (id == null ? customers.existsByCode(customer.getCode()) : customers.existsByCodeAndIdNot(customer.getCode(), id))) {
            errors.add(new FieldError("code", messages.get("customer.error.codeTaken")));
        }
        if (customer.getUscc() != null && !customer.getUscc().isBlank()
                && (id == null ? customers.existsByUscc(customer.getUscc()) : customers.existsByUsccAndIdNot(customer.getUscc(), id))) {
            errors.add(new FieldError("uscc", messages.get("customer.error.usccTaken")));
        }
        String owner = customer.getOwner();
        if (owner != null && !owner.isBlank()) {
            if (!users.isEnabledWithRole(owner, Role.ACCOUNT_MANAGER)) {
                errors.add(new FieldError("owner", messages.get("customer.error.ownerRole")));
            } else if (!currentUser.hasRole(Role.ADMIN) && !owner.equals(currentUser.username())) {
                errors.add(new FieldError("owner", messages.get("customer.error.ownerSelf")));
            }
        } else {
            customer.setOwner(null);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

}
