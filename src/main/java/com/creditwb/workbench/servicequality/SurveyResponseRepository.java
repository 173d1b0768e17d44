package com.creditwb.workbench.servicequality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findBySurveyIdOrderByAnsweredAtAscIdAsc(Long surveyId);
}
