package com.creditwb.workbench.collection;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AllocationRepository extends JpaRepository<PaymentAllocation, Long> {

    List<PaymentAllocation> findByCustomerIdOrderByPaidOnAscIdAsc(Long customerId);

    /** The customers with a payment against the list of the date (their balances are lower than that list shows). */
    @Query("select distinct a.customerId from PaymentAllocation a where a.listAsOf = :asOf")
    List<Long> customersPaidAgainst(@Param("asOf") LocalDate asOf);

    List<PaymentAllocation> findByListAsOf(LocalDate asOf);
}
