package com.creditwb.workbench.credit.receivable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivableImportRepository extends JpaRepository<ReceivableImport, Long> {

    Optional<ReceivableImport> findFirstByCurrentTrue();

    Optional<ReceivableImport> findByAsOf(LocalDate asOf);

    Optional<ReceivableImport> findFirstByOrderByAsOfDesc();

    List<ReceivableImport> findAllByOrderByAsOfAsc();
}
