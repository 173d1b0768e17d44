package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    Optional<Questionnaire> findFirstByModelOrderByNumberDesc(Dimension.Model model);
}
