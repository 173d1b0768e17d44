package com.creditwb.workbench.credit.receivable;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReceivableItemRepository extends JpaRepository<ReceivableItem, Long> {

    List<ReceivableItem> findByImportIdAndCustomerIdOrderByDueDate(Long importId, Long customerId);

    List<ReceivableItem> findByImportId(Long importId);

    /**
     * Per customer: total open, overdue (due before asOf), overdue beyond the threshold (due before blockBefore),
     * and the earliest due date.
     */
    @Query("select i.customerId, sum(i.amount), sum(case when i.dueDate < :asOf then i.amount else 0 end),"
            + " sum(case when i.dueDate < :blockBefore then i.amount else 0 end), min(i.dueDate)"
            + " from ReceivableItem i where i.importId = :importId group by i.customerId")
    List<Object[]> totalsByCustomer(@Param("importId") Long importId, @Param("asOf") LocalDate asOf,
            @Param("blockBefore") LocalDate blockBefore);

    /** Invoices dated in (from, to] as seen in any aging list up to {@code to}: customer, invoice, amount (each invoice once). */
    @Query("select i.customerId, i.invoiceNo, max(i.amount) from ReceivableItem i, ReceivableImport r"
            + " where r.id = i.importId and r.asOf <= :to and i.invoiceDate > :from and i.invoiceDate <= :to"
            + " group by i.customerId, i.invoiceNo")
    List<Object[]> invoicedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select i.customerId, i.invoiceNo, max(i.amount) from ReceivableItem i, ReceivableImport r"
            + " where r.id = i.importId and i.customerId = :customerId and r.asOf <= :to and i.invoiceDate > :from and i.invoiceDate <= :to"
            + " group by i.customerId, i.invoiceNo")
    List<Object[]> invoicedBetween(@Param("customerId") Long customerId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Modifying
    @Query("delete from ReceivableItem i where i.importId = :importId")
    void deleteByImport(@Param("importId") Long importId);

    /**
     * Per customer of a list: open by bucket of days past due at asOf (not due, 1–30, 31–60, 61–90, 91–180, over 180)
     * and the earliest due date.
     */
    @Query("select i.customerId, sum(case when i.dueDate >= :asOf then i.amount else 0 end),"
            + " sum(case when i.dueDate < :asOf and i.dueDate >= :d30 then i.amount else 0 end),"
            + " sum(case when i.dueDate < :d30 and i.dueDate >= :d60 then i.amount else 0 end),"
            + " sum(case when i.dueDate < :d60 and i.dueDate >= :d90 then i.amount else 0 end),"
            + " sum(case when i.dueDate < :d90 and i.dueDate >= :d180 then i.amount else 0 end),"
            + " sum(case when i.dueDate < :d180 then i.amount else 0 end), min(i.dueDate), count(i)"
            + " from ReceivableItem i where i.importId = :importId group by i.customerId")
    List<Object[]> bucketsByCustomer(@Param("importId") Long importId, @Param("asOf") LocalDate asOf, @Param("d30") LocalDate d30,
            @Param("d60") LocalDate d60, @Param("d90") LocalDate d90, @Param("d180") LocalDate d180);

    /** Per customer of a list: open, and open not yet due at the day. */
    @Query("select i.customerId, sum(i.amount), sum(case when i.dueDate >= :day then i.amount else 0 end) from ReceivableItem i"
            + " where i.importId = :importId group by i.customerId")
    List<Object[]> openAndNotDue(@Param("importId") Long importId, @Param("day") LocalDate day);

    /** Per customer: what was settled against the list up to the day, and of it what settled items not yet due then. */
    @Query("select s.customerId, sum(s.amount), sum(case when i.dueDate >= :day then s.amount else 0 end) from Settlement s, ReceivableItem i"
            + " where i.importId = :importId and i.customerId = s.customerId and i.invoiceNo = s.invoiceNo and s.listAsOf = :asOf"
            + " and s.paidOn <= :day group by s.customerId")
    List<Object[]> settledUpTo(@Param("importId") Long importId, @Param("asOf") LocalDate asOf, @Param("day") LocalDate day);

    /** The items of a list of the customers with something settled against it (their balances are recounted). */
    @Query("select i from ReceivableItem i where i.importId = :importId and exists (select 1 from Settlement s where s.customerId = i.customerId"
            + " and s.listAsOf = :asOf)")
    List<ReceivableItem> itemsOfSettled(@Param("importId") Long importId, @Param("asOf") LocalDate asOf);
}
