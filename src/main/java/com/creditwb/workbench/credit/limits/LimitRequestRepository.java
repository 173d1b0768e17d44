package com.creditwb.workbench.credit.limits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LimitRequestRepository extends JpaRepository<LimitRequest, Long> {

    List<LimitRequest> findByCustomerIdOrderByRequestedAtDescIdDesc(Long customerId);

    List<LimitRequest> findByCustomerIdAndStatusOrderByDecidedAtDescIdDesc(Long customerId, LimitRequest.Status status);

    List<LimitRequest> findByStatusOrderByRequestedAtAscIdAsc(LimitRequest.Status status);

    List<LimitRequest> findAllByOrderByRequestedAtDescIdDesc();
}
