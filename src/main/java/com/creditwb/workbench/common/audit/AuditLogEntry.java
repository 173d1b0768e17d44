package com.creditwb.workbench.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One logged change of one field (read-only; written by {@link AuditEventListener}). */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditLogEntry {

    @Id
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String area;

    /** The changed fields of a change logged in one row ({@link AuditedEntity#auditInOneRow}): [[field, old, new], …]. */
    private String changes;

    protected AuditLogEntry() {
    }

    /** The entries of a change logged in one row, one per field as if each had a row of its own; else this entry alone. */
    List<AuditLogEntry> perField() {
        if (changes == null) {
            return List.of(this);
        }
        List<AuditLogEntry> entries = new ArrayList<>();
        for (String[] f : com.creditwb.workbench.common.Json.read(changes, String[][].class)) {
            AuditLogEntry e = new AuditLogEntry();
            e.id = id;
            e.subjectType = subjectType;
            e.subjectId = subjectId;
            e.entityType = entityType;
            e.entityId = entityId;
            e.action = action;
            e.field = f[0];
            e.oldValue = f[1];
            e.newValue = f[2];
            e.changedBy = changedBy;
            e.changedAt = changedAt;
            e.area = area;
            entries.add(e);
        }
        return entries;
    }

    /** The access policy's area whose read rule decides who sees this row. */
    public String getArea() {
        return area;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
