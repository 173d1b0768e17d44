package com.creditwb.workbench.keyaccount;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EconomicsRepository extends JpaRepository<EconomicsYear, Long> {

    List<EconomicsYear> findByCustomerIdOrderByYearAsc(Long customerId);

    Optional<EconomicsYear> findByCustomerIdAndYear(Long customerId, int year);

    @Query("select e from EconomicsYear e order by e.customerId, e.year")
    List<EconomicsYear> findAllOrdered();
}
