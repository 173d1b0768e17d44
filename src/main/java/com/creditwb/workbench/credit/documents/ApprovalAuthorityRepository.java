package com.creditwb.workbench.credit.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalAuthorityRepository extends JpaRepository<ApprovalAuthority, Long> {

    Optional<ApprovalAuthority> findByUsername(String username);
}
