package com.creditwb.workbench.credit.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CreditDocumentRepository extends JpaRepository<CreditDocument, Long> {

    Optional<CreditDocument> findByTypeAndNumber(DocumentType type, String number);

    /** The documents that count, or may count, in a customer's exposure. */
    @Query("select d from CreditDocument d where d.customerId = :customer and d.status = com.creditwb.workbench.credit.documents.CreditDocument.Status.COUNTED")
    List<CreditDocument> findCounted(@Param("customer") Long customerId);

    List<CreditDocument> findByCustomerIdOrderByCheckedAtDesc(Long customerId);
}
