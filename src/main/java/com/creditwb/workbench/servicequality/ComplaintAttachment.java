package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;

/** A file attached to a complaint; the bytes live in {@link com.creditwb.workbench.common.files.FileStore} under a random key. */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private Long complaintId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

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

    protected ComplaintAttachment() {
    }

    ComplaintAttachment(Complaint complaint, String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
        this.complaintId = complaint.getId();
        this.customerId = complaint.getCustomerId();
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.COMPLAINT.name();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("complaintId", "customerId", "storageKey");
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    public Long getComplaintId() {
        return complaintId;
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
