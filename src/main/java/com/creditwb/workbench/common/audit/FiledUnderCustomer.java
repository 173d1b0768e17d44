package com.creditwb.workbench.common.audit;

/** An audited record whose changes are filed under its customer, so the customer's history shows them. */
public interface FiledUnderCustomer extends AuditedEntity {

    Long getCustomerId();

    @Override
    default String auditSubjectType() {
        return "Customer";
    }

    @Override
    default Long auditSubjectId() {
        return getCustomerId();
    }
}
