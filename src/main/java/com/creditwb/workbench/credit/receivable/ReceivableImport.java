package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An accounts-receivable aging list as of a date; the latest is the current one, earlier ones make the DSO trend. */
@Entity
@Table(name = "receivable_import")
public class ReceivableImport extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = "Receivables";

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "file_name")
    private String fileName;

    @Column(length = 64)
    private String sha256;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected ReceivableImport() {
    }

    public ReceivableImport(LocalDate asOf, String fileName, String sha256, int itemCount, BigDecimal total) {
        this.asOf = asOf;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.itemCount = itemCount;
        this.total = total;
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public int getItemCount() {
        return itemCount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }
}
