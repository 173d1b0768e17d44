package com.creditwb.workbench.credit.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringModelRepository extends JpaRepository<ScoringModelVersion, Long> {

    Optional<ScoringModelVersion> findFirstByOrderByNumberDesc();

    List<ScoringModelVersion> findAllByOrderByNumberDesc();
}
