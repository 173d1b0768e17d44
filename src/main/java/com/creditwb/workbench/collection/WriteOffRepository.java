package com.creditwb.workbench.collection;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WriteOffRepository extends JpaRepository<WriteOff, Long> {

    List<WriteOff> findByCustomerIdOrderByProposedOnDescIdDesc(Long customerId);

    List<WriteOff> findByStatusOrderByProposedOnAscIdAsc(WriteOff.Status status);

    List<WriteOff> findByStatusAndDecidedOnBetween(WriteOff.Status status, LocalDate from, LocalDate to);
}
