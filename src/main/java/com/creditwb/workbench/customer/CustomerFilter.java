package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the customers list is narrowed to: a text fragment (name contains it, or code / USCC start
 * with it) and exact filters. Every part is optional.
 */
public record CustomerFilter(String text, Industry industry, Region region, CustomerType customerType,
        LifecycleStage lifecycleStage, String owner) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null);

    public static CustomerFilter text(String text) {
        return new CustomerFilter(text, null, null, null, null, null);
    }

    /** True when nothing narrows the list. */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && industry == null && region == null && customerType == null
                && lifecycleStage == null && (owner == null || owner.isBlank());
    }

    /**
     * @param textMatches the ids matching the text, when a name index found them (H2); null to let
     *        the database match the text itself
     */
    Specification<Customer> toSpecification(Collection<Long> textMatches) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (textMatches != null && text != null && !text.isBlank()) {
                where.add(textMatches.isEmpty() ? cb.disjunction() : root.get("id").in(textMatches));
            } else if (text != null && !text.isBlank()) {
                String t = escape(text.trim());
                String upper = t.toUpperCase(Locale.ROOT);
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), "%" + t.toLowerCase(Locale.ROOT) + "%", '\\'),
                        cb.like(root.get("code"), upper + "%", '\\'),
                        cb.like(root.get("uscc"), upper + "%", '\\')));
            }
            if (industry != null) {
                where.add(cb.equal(root.get("industry"), industry));
            }
            if (region != null) {
                where.add(cb.equal(root.get("region"), region));
            }
            if (customerType != null) {
                where.add(cb.equal(root.get("customerType"), customerType));
            }
            if (lifecycleStage != null) {
                where.add(cb.equal(root.get("lifecycleStage"), lifecycleStage));
            }
            if (owner != null && !owner.isBlank()) {
                where.add(cb.equal(root.get("owner"), owner));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
