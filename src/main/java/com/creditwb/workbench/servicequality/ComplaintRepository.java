package com.creditwb.workbench.servicequality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c order by c.raisedAt desc, c.id desc")
    List<Complaint> findAllNewestFirst();

    /** Those the user raised or handles. */
    @Query("select c from Complaint c where c.assignee = :user or c.createdBy = :user")
    List<Complaint> findRaisedOrHandledBy(@Param("user") String user);

    List<Complaint> findByCustomerIdIn(java.util.Collection<Long> customerIds);

    List<Complaint> findByCustomerIdOrderByRaisedAtDescIdDesc(Long customerId);
}
