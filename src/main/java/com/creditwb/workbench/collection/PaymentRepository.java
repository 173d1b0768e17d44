package com.creditwb.workbench.collection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByCustomerIdOrderByPaidOnDescIdDesc(Long customerId);

    List<Payment> findByCustomerIdAndReference(Long customerId, String reference);
}
