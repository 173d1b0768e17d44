package com.creditwb.workbench.collection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DunningLevelRepository extends JpaRepository<DunningLevel, Long> {

    List<DunningLevel> findAllByOrderByRiskClassAscLevelAsc();

    List<DunningLevel> findByRiskClassOrderByLevelAsc(String riskClass);
}
