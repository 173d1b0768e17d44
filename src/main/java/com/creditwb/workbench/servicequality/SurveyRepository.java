package com.creditwb.workbench.servicequality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByCustomerIdOrderByCreatedAtAscIdAsc(Long customerId);
}
