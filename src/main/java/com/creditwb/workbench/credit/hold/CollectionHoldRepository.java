package com.creditwb.workbench.credit.hold;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionHoldRepository extends JpaRepository<CollectionHold, Long> {

    List<CollectionHold> findByCustomerIdOrderByPlacedOnDescIdDesc(Long customerId);

    List<CollectionHold> findByCustomerIdAndLiftedAtIsNull(Long customerId);

    List<CollectionHold> findByLiftedAtIsNull();
}
