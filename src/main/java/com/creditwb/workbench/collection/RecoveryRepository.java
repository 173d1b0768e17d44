package com.creditwb.workbench.collection;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryRepository extends JpaRepository<Recovery, Long> {

    List<Recovery> findByWriteOffIdOrderByRecoveredOnAscIdAsc(Long writeOffId);

    List<Recovery> findByCustomerIdOrderByRecoveredOnAscIdAsc(Long customerId);

    List<Recovery> findByRecoveredOnBetween(LocalDate from, LocalDate to);
}
