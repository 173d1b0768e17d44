package com.creditwb.workbench.relationship;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactLogRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByCustomerIdOrderByHappenedOnDescIdDesc(Long customerId);
}
