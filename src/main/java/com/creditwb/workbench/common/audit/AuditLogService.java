package com.creditwb.workbench.common.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail; features decide who may see which subject's history. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AuditLogService {

    private final AuditLogRepository repository;

    AuditLogService(AuditLogRepository repository) {
        this.repository = repository;
    }

    public List<AuditLogEntry> history(String subjectType, Long subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByChangedAtDescIdDesc(subjectType, subjectId).stream()
                .flatMap(e -> e.perField().stream()).toList();
    }
}
