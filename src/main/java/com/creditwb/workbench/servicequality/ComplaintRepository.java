package com.creditwb.workbench.servicequality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c order by c.raisedAt desc, c.id desc")
    List<Complaint> findAllNewestFirst();

    /** Those the user raised, handles, or that concern the user's customers. */
    @Query("select c from Complaint c where c.assignee = :user or c.createdBy = :user"
            + " or c.customerId in (select x.id from Customer x where x.owner = :user) order by c.raisedAt desc, c.id desc")
    List<Complaint> findForUser(@Param("user") String user);

    List<Complaint> findByCustomerIdOrderByRaisedAtDescIdDesc(Long customerId);
}
