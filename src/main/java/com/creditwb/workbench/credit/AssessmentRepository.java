package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.AssessmentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCustomerIdOrderByIdDesc(Long customerId);

    Optional<Assessment> findFirstByCustomerIdAndAuthorAndStatusInOrderByIdDesc(Long customerId, String author,
            java.util.Collection<AssessmentStatus> statuses);

    Optional<Assessment> findFirstByCustomerIdAndCurrentTrue(Long customerId);

    List<Assessment> findByStatusOrderBySubmittedAtAsc(AssessmentStatus status);

    List<Assessment> findByCurrentTrue();

    @Query("select a from Assessment a where a.current = true and a.nextReviewDate <= :until order by a.nextReviewDate")
    List<Assessment> findDueBy(@Param("until") LocalDate until);

    @Query("select a.id from Assessment a where a.current = true order by a.customerId")
    List<Long> currentIds();

    /** Customer, approved rating and inputs of the assessments (without loading their snapshots). */
    @Query("select a.customerId, a.rating, a.inputs from Assessment a where a.id in :ids")
    List<Object[]> inputsOf(@Param("ids") java.util.Collection<Long> ids);

    /** The figures of the customer's current decision the credit check needs (without inputs or snapshot). */
    @Query("select new com.creditwb.workbench.credit.DecisionFigures(a.id, a.limitAmount, a.currency, a.nextReviewDate,"
            + " a.riskClass, a.decidedAt) from Assessment a where a.customerId = :customerId and a.current = true")
    Optional<DecisionFigures> findDecision(@Param("customerId") Long customerId);

    /** Customer, author and payment terms of every current decision. */
    @Query("select a.customerId, a.author, a.termsDays from Assessment a where a.current = true")
    List<Object[]> currentAuthorsAndTerms();
}
