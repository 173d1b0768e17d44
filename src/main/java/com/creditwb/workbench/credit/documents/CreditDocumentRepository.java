package com.creditwb.workbench.credit.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditDocumentRepository extends JpaRepository<CreditDocument, Long> {

    Optional<CreditDocument> findByTypeAndNumber(DocumentType type, String number);

    List<CreditDocument> findByCustomerIdOrderByCheckedAtDesc(Long customerId);

    List<CreditDocument> findByCustomerIdAndTypeAndStatusOrderByDateAscIdAsc(Long customerId, DocumentType type, CreditDocument.Status status);

    /** Customer, number, date, amount and currency of every counted invoice dated after the day. */
    @org.springframework.data.jpa.repository.Query("select d.customerId, d.number, d.date, d.amount, d.currency from CreditDocument d"
            + " where d.type = com.creditwb.workbench.credit.documents.DocumentType.INVOICE"
            + " and d.status = com.creditwb.workbench.credit.documents.CreditDocument.Status.COUNTED and d.date > :after")
    List<Object[]> countedInvoicesAfter(@org.springframework.data.repository.query.Param("after") java.time.LocalDate after);
}
