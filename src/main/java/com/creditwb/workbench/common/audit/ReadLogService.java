package com.creditwb.workbench.common.audit;

import com.creditwb.workbench.common.PersistenceConfig;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read log: that a user opened a record (who, when, through UI, API or export), queryable per record.
 * Features call {@link #opened} where a confidential record is shown and decide who may see its log.
 * An opening is written in a transaction of its own, so it is kept even when the reading one is read-only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReadLogService {

    private final ReadLogRepository repository;
    private final Clock clock;

    ReadLogService(ReadLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(String subjectType, Long subjectId, ReadChannel channel) {
        repository.save(new ReadLogEntry(subjectType, subjectId, PersistenceConfig.currentUsername(), clock.instant(), channel));
    }

    /** Every opening of the record, newest first. */
    @Transactional(readOnly = true)
    public List<ReadLogEntry> openings(String subjectType, Long subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByReadAtDescIdDesc(subjectType, subjectId);
    }
}
