package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.audit.FiledUnderCustomer;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;

/**
 * Tells the worklist snapshot ({@link WorklistPages}) which customer a stored collection record belongs to (a payment,
 * promise, contact, dispute, write-off or letter), or that a collector rule changed every row: a JPA entity listener
 * (a Spring bean, through Hibernate's bean container), so no service can forget it.
 */
@Component
class WorklistTouch {

    private final ChangedCustomers changed;

    WorklistTouch(ChangedCustomers changed) {
        this.changed = changed;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void stored(Object entity) {
        if (entity instanceof FiledUnderCustomer record && record.getCustomerId() != null) {
            changed.customer(record.getCustomerId());
        } else {
            changed.all();
        }
    }
}
