package com.creditwb.workbench.servicequality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    List<SurveyInvitation> findBySurveyIdOrderByIdAsc(Long surveyId);

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    /** The invitation locked while its answer is stored: two submissions of one link store one answer. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SurveyInvitation i where i.id = :id")
    Optional<SurveyInvitation> lock(@org.springframework.data.repository.query.Param("id") Long id);
}
