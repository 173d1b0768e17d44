package com.creditwb.workbench.alliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AllianceRepository extends JpaRepository<Alliance, Long> {

    @Query("select a from Alliance a order by a.name, a.id")
    List<Alliance> findAllOrdered();

    /** Those the user owns or is on the team of. */
    @Query("select distinct a from Alliance a left join a.team m where a.owner = :user or m = :user order by a.name, a.id")
    List<Alliance> findForUser(@Param("user") String user);

    /** The alliances a customer is a partner in. */
    @Query("select distinct p.alliance from AlliancePartner p where p.customerId = :customer")
    List<Alliance> findByPartnerCustomer(@Param("customer") Long customerId);

    @Query("select a from Alliance a where a.id = :id")
    Optional<Alliance> findOne(@Param("id") Long id);
}
