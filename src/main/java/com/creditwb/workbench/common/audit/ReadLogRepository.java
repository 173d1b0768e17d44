package com.creditwb.workbench.common.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadLogRepository extends JpaRepository<ReadLogEntry, Long> {

    List<ReadLogEntry> findBySubjectTypeAndSubjectIdOrderByReadAtDescIdDesc(String subjectType, Long subjectId);
}
