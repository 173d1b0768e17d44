package com.creditwb.workbench.collection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectorRuleRepository extends JpaRepository<CollectorRule, Long> {

    Optional<CollectorRule> findByKindAndMatchValue(CollectorRule.Kind kind, String matchValue);
}
