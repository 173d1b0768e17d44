package com.creditwb.workbench.customer;

import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.HashMap;
import java.util.Optional;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding customers: a page of the list by filter and sort (deferred join over the sort column's index), counts that
 * stop at a cap, the name index on H2 and pg_trgm on PostgreSQL for a name fragment, and credit columns sorted only
 * as far as the user may read them. Everyone signed in searches; what a record shows is the reader's business.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CustomerSearch {

    /** Sort keys the list accepts (entity property names). */
    public static final List<String> SORTABLE = List.of("code", "name", "uscc", "industry", "region", "size",
            "foundedOn", "registeredCapital", "customerType", "lifecycleStage", "relationshipLevel", "owner", "updatedAt",
            "creditRatingRank", "creditRiskRank", "creditLimit", "creditExposure", "creditAvailable");
    /** The credit columns: their values, and so their order, only for who may read the customer's credit. */
    static final java.util.Set<String> CREDIT_SORTS = java.util.Set.of("creditRatingRank", "creditRiskRank", "creditLimit",
            "creditExposure", "creditAvailable");
    private static final List<String> UNIQUE = List.of("code", "uscc");

    /** Search results are listed up to this many; above it the list asks to refine the search. */
    public static final int SEARCH_CAP = 10_000;
    private static final int ID_LIST_LIMIT = 2_000;

    private final CustomerRepository customers;
    private final EntityManager entityManager;
    private final CustomerNameIndex nameIndex;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;

    CustomerSearch(CustomerRepository customers, EntityManager entityManager, CustomerNameIndex nameIndex, AccessPolicy policy,
            CurrentUser currentUser) {
        this.customers = customers;
        this.entityManager = entityManager;
        this.nameIndex = nameIndex;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    /**
     * One page of customers, fetched from the database with offset and limit (no count query).
     * Deferred join: the page's ids are read first (an index-only scan over the sort column's
     * (column, id) index even deep in the list), then only those rows are loaded.
     */
    public List<Customer> find(CustomerFilter filter, long offset, int limit, Sort sort) {
        Sort stable = stable(sanitise(sort));
        List<Long> ids = pageIds(specification(filter), stable, offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> byId = new HashMap<>();
        customers.findAllById(ids).forEach(c -> byId.put(c.getId(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<Long> pageIds(Specification<Customer> spec, Sort sort, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> root = query.from(Customer.class);
        Predicate where = spec.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        query.orderBy(orders(sort, root, cb));
        return entityManager.createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The order by, where a user who may read the credit of some customers only (an account manager: their
     * own) sorts the credit columns as if the others had none, so that the order does not tell what the
     * list does not show.
     */
    private List<jakarta.persistence.criteria.Order> orders(Sort sort, Root<Customer> root, CriteriaBuilder cb) {
        boolean allCredit = policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, null));
        if (allCredit || sort.stream().noneMatch(o -> CREDIT_SORTS.contains(o.getProperty()))) {
            return QueryUtils.toOrders(sort, root, cb);
        }
        String me = currentUser.username();
        List<jakarta.persistence.criteria.Order> orders = new java.util.ArrayList<>();
        for (Sort.Order o : sort) {
            jakarta.persistence.criteria.Expression<?> by = root.get(o.getProperty());
            if (CREDIT_SORTS.contains(o.getProperty())) {
                jakarta.persistence.criteria.Path<Object> value = root.get(o.getProperty());
                @SuppressWarnings("unchecked")
                Class<Object> type = (Class<Object>) value.getJavaType();
                by = cb.<Object>selectCase().when(cb.equal(root.get("owner"), me), value).otherwise(cb.nullLiteral(type));
            }
            orders.add(o.isAscending() ? cb.asc(by) : cb.desc(by));
        }
        return orders;
    }

    /**
     * Adds the id as tie-breaker so pages never overlap, in the first order's direction so that
     * a (column, id) index serves the whole order; a unique column needs no tie-breaker.
     */
    static Sort stable(Sort sort) {
        if (sort.stream().anyMatch(o -> UNIQUE.contains(o.getProperty()))) {
            return sort;
        }
        Sort.Direction direction = sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return sort.and(Sort.by(direction, "id"));
    }

    /** Like {@link #find} but with each customer's contacts loaded (for the API). */
    public List<Customer> findWithContacts(CustomerFilter filter, long offset, int limit, Sort sort) {
        List<Customer> page = find(filter, offset, limit, sort);
        page.forEach(c -> c.getContacts().size());
        return page;
    }

    public long count(CustomerFilter filter) {
        return customers.count(filter.toSpecification(null));
    }

    /**
     * The filter as a query. On H2 a name fragment is first looked up in the name index (the ids of
     * the matches, when there are no more than the cap), since H2 cannot serve "name like '%x%'"
     * from an index; otherwise, and on PostgreSQL (pg_trgm), the condition goes to the database as is.
     */
    private Specification<Customer> specification(CustomerFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            Optional<Collection<Long>> matches = nameIndex.matches(filter.text(), SEARCH_CAP);
            // a long id list makes a heavy query; many matches are dense, which the scan finds quickly
            if (matches.isPresent() && matches.get().size() <= ID_LIST_LIMIT) {
                return filter.toSpecification(matches.get());
            }
        }
        return filter.toSpecification(null);
    }

    /**
     * The number of matching customers, counted no further than {@code cap + 1}: a search that
     * matches a large part of the table stops early instead of counting every row. A result above
     * {@code cap} means "more than cap".
     */
    public long countUpTo(CustomerFilter filter, int cap) {
        if (filter.isEmpty()) {
            return count(filter);
        }
        if (filter.equals(CustomerFilter.text(filter.text()))) {
            // a fragment alone: the name index may know the count without a query over the customers
            String text = filter.text().strip();
            Optional<Long> names = nameIndex.namesContaining(text);
            boolean onlyNames = text.chars().anyMatch(ch -> ch > 127); // codes and USCCs are ASCII
            if (names.isPresent() && (names.get() > cap || onlyNames)) {
                return Math.min(names.get(), cap + 1L);
            }
            Optional<Collection<Long>> matches = nameIndex.matches(text, cap);
            if (matches.isPresent()) {
                return Math.min(matches.get().size(), cap + 1L);
            }
        }
        return pageIds(specification(filter), Sort.unsorted(), 0, cap + 1).size();
    }

    /** A page of the customers the filter finds, as records without their contacts. */
    public List<CustomerRecord> findRecords(CustomerFilter filter, long offset, int limit, Sort sort) {
        return find(filter, offset, limit, sort).stream().map(c -> CustomerRecord.of(c, false)).toList();
    }

    private static Sort sanitise(Sort sort) {
        if (sort == null) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = sort.stream().filter(o -> SORTABLE.contains(o.getProperty())).toList();
        return Sort.by(orders);
    }
}
