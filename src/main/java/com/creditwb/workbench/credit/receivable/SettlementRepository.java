package com.creditwb.workbench.credit.receivable;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SettlementRepository extends JpaRepository<Settlement, Long> {

    List<Settlement> findByCustomerIdOrderByPaidOnAscIdAsc(Long customerId);

    List<Settlement> findByListAsOf(LocalDate asOf);

    @Query("select distinct s.customerId from Settlement s where s.listAsOf = :asOf")
    List<Long> customersSettledAgainst(@Param("asOf") LocalDate asOf);
}
