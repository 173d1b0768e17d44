package com.creditwb.workbench.relationship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByOwnerAndDoneFalseOrderByDueOnAscIdAsc(String owner);

    List<Task> findBySourceAndSourceIdOrderByIdAsc(com.creditwb.workbench.relationship.domain.TaskSource source, Long sourceId);
}
