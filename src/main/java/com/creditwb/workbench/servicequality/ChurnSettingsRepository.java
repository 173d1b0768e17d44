package com.creditwb.workbench.servicequality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChurnSettingsRepository extends JpaRepository<ChurnSettings, Long> {

    Optional<ChurnSettings> findFirstByOrderByIdAsc();
}
