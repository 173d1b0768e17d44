package com.creditwb.workbench.keyaccount;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<SettingsRecord, Long> {

    Optional<SettingsRecord> findFirstByOrderByIdAsc();
}
