package com.creditwb.workbench.credit.groups;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which group a customer belongs to, for the credit check (no access rule: the check asks for the customer's credit). */
@Component
public class Groups {

    /** A group as the check sees it. */
    public record Ref(Long id, String name, Long parentId, BigDecimal limit, Set<Long> members) {
    }

    private final CustomerGroupRepository groups;

    Groups(CustomerGroupRepository groups) {
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public Optional<Ref> of(Long customerId) {
        return groups.findByMember(customerId).map(g -> new Ref(g.getId(), g.getName(), g.getParentId(), g.getLimit(), g.getMembers()));
    }
}
