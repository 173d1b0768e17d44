package com.creditwb.workbench.keyaccount.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<KeyAccountPlan, Long> {

    List<KeyAccountPlan> findByCustomerIdOrderByNumberDesc(Long customerId);

    Optional<KeyAccountPlan> findFirstByCustomerIdAndState(Long customerId, PlanState state);

    @Query("select coalesce(max(p.number), 0) from KeyAccountPlan p where p.customerId = :customer")
    int maxNumber(@Param("customer") Long customerId);


    @Query("""
            select a from PlanAction a join fetch a.plan p
            where a.owner = :owner and p.state = com.creditwb.workbench.keyaccount.plan.PlanState.ACTIVE
              and a.status in :open and a.dueDate < :today
            order by a.dueDate""")
    List<PlanAction> overdue(@Param("owner") String owner, @Param("open") Collection<ActionStatus> open, @Param("today") LocalDate today);

}
