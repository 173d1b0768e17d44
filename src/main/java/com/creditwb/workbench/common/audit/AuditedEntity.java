package com.creditwb.workbench.common.audit;

import java.util.Set;

/**
 * An entity whose inserts, updates and deletes are written to the audit log with old and new
 * values. Changes are filed under a subject (e.g. a contact's changes under its customer) so that
 * one history shows everything that happened to a record and its parts.
 */
public interface AuditedEntity {

    /** The kind of record the change is filed under, e.g. {@code Customer}. */
    String auditSubjectType();

    /** The id of the record the change is filed under; may be this entity's own id. */
    Long auditSubjectId();

    /**
     * The area of the access policy whose read rule decides who may see this change in a history
     * (the name of an {@code AccessPolicy.Area}, e.g. {@code CREDIT} for an assessment filed under its customer).
     */
    default String auditArea() {
        return "CUSTOMER";
    }

    /** Properties never logged (besides version and the who/when columns). */
    default Set<String> auditIgnored() {
        return Set.of();
    }

    /**
     * Whether one change is logged as one row holding every changed field (read back as one entry per field): for a
     * record a machine writes many times a second, such as a document an order system has checked.
     */
    default boolean auditInOneRow() {
        return false;
    }

    /** Properties whose change is logged without their values (e.g. password hashes). */
    default Set<String> auditMasked() {
        return Set.of();
    }
}
