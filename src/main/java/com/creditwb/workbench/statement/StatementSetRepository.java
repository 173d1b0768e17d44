package com.creditwb.workbench.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementSetRepository extends JpaRepository<StatementSet, Long> {

    @EntityGraph(attributePaths = "amounts")
    List<StatementSet> findByCustomerIdAndCurrentTrueOrderByPeriodEndDesc(Long customerId);

    @EntityGraph(attributePaths = "amounts")
    Optional<StatementSet> findByCustomerIdAndPeriodEndAndCurrentTrue(Long customerId, LocalDate periodEnd);

    @EntityGraph(attributePaths = "amounts")
    List<StatementSet> findByCustomerIdAndPeriodEndOrderByRevisionDesc(Long customerId, LocalDate periodEnd);

    /** The period's highest revision number (null when none is held); reads no lines. */
    @org.springframework.data.jpa.repository.Query("select max(s.revision) from StatementSet s where s.customerId = :customer and s.periodEnd = :end")
    Integer maxRevision(@org.springframework.data.repository.query.Param("customer") Long customerId,
            @org.springframework.data.repository.query.Param("end") LocalDate periodEnd);

    /** The period's current revision without its lines. */
    @org.springframework.data.jpa.repository.Query("select s from StatementSet s where s.customerId = :customer and s.periodEnd = :end and s.current = true")
    Optional<StatementSet> currentWithoutLines(@org.springframework.data.repository.query.Param("customer") Long customerId,
            @org.springframework.data.repository.query.Param("end") LocalDate periodEnd);

    boolean existsByCustomerIdAndPeriodEndAndCurrentTrue(Long customerId, LocalDate periodEnd);

    @org.springframework.data.jpa.repository.Query("select s.customerId, max(s.periodEnd) from StatementSet s where s.current = true group by s.customerId")
    List<Object[]> latestPeriodEnds();

}
