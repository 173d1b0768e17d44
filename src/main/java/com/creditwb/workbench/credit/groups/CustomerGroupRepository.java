package com.creditwb.workbench.credit.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerGroupRepository extends JpaRepository<CustomerGroup, Long> {

    @Query("select g from CustomerGroup g where :customer member of g.members")
    Optional<CustomerGroup> findByMember(@Param("customer") Long customerId);

    List<CustomerGroup> findAllByOrderByNameAsc();
}
