package com.creditwb.workbench.collection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DunningLetterRepository extends JpaRepository<DunningLetter, Long> {

    List<DunningLetter> findByCustomerIdOrderByProposedOnDescIdDesc(Long customerId);

    List<DunningLetter> findByCustomerIdAndStatusInOrderByIdAsc(Long customerId, Collection<DunningLetter.Status> status);

    List<DunningLetter> findByStatusOrderByIdAsc(DunningLetter.Status status);

    /** Each customer's dunning level: the highest level of its letters sent and not yet settled. */
    @Query("select l.customerId, max(l.level) from DunningLetter l where l.status = com.creditwb.workbench.collection.DunningLetter.Status.SENT"
            + " group by l.customerId")
    List<Object[]> levelPerCustomer();
}
