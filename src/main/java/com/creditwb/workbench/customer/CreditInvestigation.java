package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.InvestigationSource;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One credit investigation (资信调查): where the information came from, when, and what was found. */
@Entity
@Table(name = "credit_investigation")
public class CreditInvestigation extends BaseEntity implements AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InvestigationSource source;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.pastOrPresent}")
    @Column(name = "investigated_on", nullable = false)
    private LocalDate investigatedOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = CreditFile.TEXT_MAX, message = "{validation.size}")
    @Column(nullable = false, length = CreditFile.TEXT_MAX)
    private String findings;

    @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected CreditInvestigation() {
    }

    public CreditInvestigation(Customer customer) {
        this.customer = customer;
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
        return customer.getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("customer");
    }

    public Customer getCustomer() {
        return customer;
    }

    public InvestigationSource getSource() {
        return source;
    }

    public void setSource(InvestigationSource source) {
        this.source = source;
    }

    public LocalDate getInvestigatedOn() {
        return investigatedOn;
    }

    public void setInvestigatedOn(LocalDate investigatedOn) {
        this.investigatedOn = investigatedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }
}
