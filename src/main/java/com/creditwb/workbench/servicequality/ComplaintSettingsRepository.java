package com.creditwb.workbench.servicequality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintSettingsRepository extends JpaRepository<ComplaintSettings, Long> {

    Optional<ComplaintSettings> findFirstByOrderByIdAsc();
}
