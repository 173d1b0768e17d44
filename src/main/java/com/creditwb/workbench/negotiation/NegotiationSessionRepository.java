package com.creditwb.workbench.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationSessionRepository extends JpaRepository<NegotiationSession, Long> {

    List<NegotiationSession> findByNegotiationIdOrderByDateAscIdAsc(Long negotiationId);
}
