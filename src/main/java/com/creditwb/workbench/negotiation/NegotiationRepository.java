package com.creditwb.workbench.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NegotiationRepository extends JpaRepository<Negotiation, Long> {

    @Query("select n from Negotiation n order by n.deadline, n.id")
    List<Negotiation> findAllOrdered();

    /** Those the user owns or is on the team of (nobody else may even know they exist). */
    @Query("select distinct n from Negotiation n left join n.members m where n.owner = :user or key(m) = :user order by n.deadline, n.id")
    List<Negotiation> findForUser(@Param("user") String user);
}
