package com.creditwb.workbench.collection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeRepository extends JpaRepository<Dispute, Long> {

    List<Dispute> findByCustomerIdOrderByOpenedOnDescIdDesc(Long customerId);

    List<Dispute> findByStatusIn(Collection<Dispute.Status> statuses);
}
