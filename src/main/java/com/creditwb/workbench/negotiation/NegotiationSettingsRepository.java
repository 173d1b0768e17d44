package com.creditwb.workbench.negotiation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationSettingsRepository extends JpaRepository<NegotiationSettings, Long> {

    Optional<NegotiationSettings> findFirstByOrderByIdAsc();
}
