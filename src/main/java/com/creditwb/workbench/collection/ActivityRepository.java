package com.creditwb.workbench.collection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<CollectionActivity, Long> {

    List<CollectionActivity> findByCustomerIdOrderByHappenedOnDescIdDesc(Long customerId);

    /** Each customer's latest activity (highest id among those of its latest day). */
    @Query("select a from CollectionActivity a where a.id in (select max(b.id) from CollectionActivity b where b.happenedOn ="
            + " (select max(c.happenedOn) from CollectionActivity c where c.customerId = b.customerId) group by b.customerId)")
    List<CollectionActivity> latestPerCustomer();
}
