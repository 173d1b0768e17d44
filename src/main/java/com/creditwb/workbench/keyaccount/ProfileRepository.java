package com.creditwb.workbench.keyaccount;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<KeyAccountProfile, Long> {

    Optional<KeyAccountProfile> findByCustomerId(Long customerId);
}
