package com.creditwb.workbench.common.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditLogRepository extends JpaRepository<AuditLogEntry, Long> {

    List<AuditLogEntry> findBySubjectTypeAndSubjectIdOrderByChangedAtDescIdDesc(String subjectType, Long subjectId);
}
