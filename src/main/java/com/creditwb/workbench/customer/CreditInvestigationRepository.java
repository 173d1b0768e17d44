package com.creditwb.workbench.customer;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditInvestigationRepository extends JpaRepository<CreditInvestigation, Long> {

    @EntityGraph(attributePaths = "attachments")
    List<CreditInvestigation> findByCustomerIdOrderByInvestigatedOnDescIdDesc(Long customerId);
}
