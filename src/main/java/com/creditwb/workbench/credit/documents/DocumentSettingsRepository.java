package com.creditwb.workbench.credit.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentSettingsRepository extends JpaRepository<DocumentSettings, Long> {

    Optional<DocumentSettings> findFirstByOrderByIdAsc();
}
