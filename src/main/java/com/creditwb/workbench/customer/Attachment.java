package com.creditwb.workbench.customer;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;

/** A file attached to a credit investigation; the bytes live in {@link com.creditwb.workbench.common.files.FileStore} under a random key. */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity implements AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", nullable = false)
    private CreditInvestigation investigation;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 80, updatable = false)
    private String storageKey;

    protected Attachment() {
    }

    Attachment(CreditInvestigation investigation, String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
        this.investigation = investigation;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT_FILE.name();
    }

    @Override
    public String auditSubjectType() {
        return Customer.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return investigation.getCustomer().getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("investigation", "storageKey");
    }

    public CreditInvestigation getInvestigation() {
        return investigation;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }
}
