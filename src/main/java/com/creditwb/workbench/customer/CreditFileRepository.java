package com.creditwb.workbench.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditFileRepository extends JpaRepository<CreditFile, Long> {

    Optional<CreditFile> findByCustomerId(Long customerId);
}
