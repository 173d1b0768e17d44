package com.creditwb.workbench.credit.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditHoldRepository extends JpaRepository<CreditHold, Long> {

    List<CreditHold> findByStatusOrderByHeldAtAscIdAsc(CreditHold.Status status);

    long countByStatus(CreditHold.Status status);

    Optional<CreditHold> findFirstByDocumentIdAndStatus(Long documentId, CreditHold.Status status);

    List<CreditHold> findByCustomerIdOrderByHeldAtDesc(Long customerId);
}
