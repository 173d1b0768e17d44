package com.creditwb.workbench.credit.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditDocumentRepository extends JpaRepository<CreditDocument, Long> {

    Optional<CreditDocument> findByTypeAndNumber(DocumentType type, String number);

    List<CreditDocument> findByCustomerIdOrderByCheckedAtDesc(Long customerId);
}
