package com.creditwb.workbench.collection;

import com.creditwb.workbench.collection.domain.PromiseState;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseRepository extends JpaRepository<Promise, Long> {

    List<Promise> findByCustomerIdOrderByDueOnDescIdDesc(Long customerId);

    List<Promise> findBySettled(PromiseState settled);

    /** Promises not yet settled whose date has passed (to be decided now). */
    List<Promise> findBySettledAndDueOnBefore(PromiseState settled, LocalDate day);

    /** Promises due in the window, whatever their state (the worklist counts the broken ones). */
    List<Promise> findByDueOnBetween(LocalDate from, LocalDate to);
}
