package com.creditwb.workbench.customer;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The debtor's credit file (债务人的信用档案, seed 002): credit data — bank relations, payment record,
 * credit granted elsewhere, guarantees — and information from other channels.
 */
@Entity
@Table(name = "credit_file")
public class CreditFile extends BaseEntity implements AuditedEntity {

    public static final int TEXT_MAX = 4000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, unique = true)
    private Customer customer;

    @Size(max = TEXT_MAX, message = "{validation.size}")
    @Column(name = "bank_relations", length = TEXT_MAX)
    private String bankRelations;

    @Size(max = TEXT_MAX, message = "{validation.size}")
    @Column(name = "payment_record", length = TEXT_MAX)
    private String paymentRecord;

    @Size(max = TEXT_MAX, message = "{validation.size}")
    @Column(name = "credit_elsewhere", length = TEXT_MAX)
    private String creditElsewhere;

    @Size(max = TEXT_MAX, message = "{validation.size}")
    @Column(length = TEXT_MAX)
    private String guarantees;

    @Size(max = TEXT_MAX, message = "{validation.size}")
    @Column(name = "other_information", length = TEXT_MAX)
    private String otherInformation;

    /** Bank relations rated 1 (poor) to 5 (excellent); pre-fills the 5C sub-factor 银行往来. */
    @Min(1)
    @Max(5)
    @Column(name = "bank_relations_level")
    private Integer bankRelationsLevel;

    /** Payment record rated 1 (poor) to 5 (excellent); pre-fills the 5C sub-factor 信用评价. */
    @Min(1)
    @Max(5)
    @Column(name = "payment_record_level")
    private Integer paymentRecordLevel;

    protected CreditFile() {
    }

    public CreditFile(Customer customer) {
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

    public String getBankRelations() {
        return bankRelations;
    }

    public void setBankRelations(String bankRelations) {
        this.bankRelations = bankRelations;
    }

    public String getPaymentRecord() {
        return paymentRecord;
    }

    public void setPaymentRecord(String paymentRecord) {
        this.paymentRecord = paymentRecord;
    }

    public String getCreditElsewhere() {
        return creditElsewhere;
    }

    public void setCreditElsewhere(String creditElsewhere) {
        this.creditElsewhere = creditElsewhere;
    }

    public String getGuarantees() {
        return guarantees;
    }

    public void setGuarantees(String guarantees) {
        this.guarantees = guarantees;
    }

    public Integer getBankRelationsLevel() {
        return bankRelationsLevel;
    }

    public void setBankRelationsLevel(Integer bankRelationsLevel) {
        this.bankRelationsLevel = bankRelationsLevel;
    }

    public Integer getPaymentRecordLevel() {
        return paymentRecordLevel;
    }

    public void setPaymentRecordLevel(Integer paymentRecordLevel) {
        this.paymentRecordLevel = paymentRecordLevel;
    }

    public String getOtherInformation() {
        return otherInformation;
    }

    public void setOtherInformation(String otherInformation) {
        this.otherInformation = otherInformation;
    }
}
