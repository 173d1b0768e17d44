package com.creditwb.workbench.alliance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllianceSettingsRepository extends JpaRepository<AllianceSettings, Long> {

    Optional<AllianceSettings> findFirstByOrderByIdAsc();
}
