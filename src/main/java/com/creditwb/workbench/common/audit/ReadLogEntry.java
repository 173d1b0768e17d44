package com.creditwb.workbench.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a record: who, when and through which channel (the audit trail logs changes, this logs reads). */
@Entity
@Table(name = "read_log")
public class ReadLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "read_by", nullable = false, updatable = false)
    private String readBy;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReadChannel channel;

    protected ReadLogEntry() {
    }

    ReadLogEntry(String subjectType, Long subjectId, String readBy, Instant readAt, ReadChannel channel) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.readBy = readBy;
        this.readAt = readAt;
        this.channel = channel;
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

    public String getReadBy() {
        return readBy;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public ReadChannel getChannel() {
        return channel;
    }
}
