package com.creditwb.workbench.relationship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CadenceRuleRepository extends JpaRepository<CadenceRule, Long> {

    List<CadenceRule> findAllByOrderByKindDescIdAsc();

    /** The last contact logged with each customer: customer id, date. */
    @Query("select a.customerId, max(a.happenedOn) from Activity a group by a.customerId")
    List<Object[]> lastContacts();
}
