package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.common.validation.ValidUscc;
import jakarta.persistence.CascadeType;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A customer (客户档案): who they are, how we relate to them, and who owns the relationship. */
@Entity
@Table(name = "customer")
public class Customer extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = CustomerRecord.AUDIT_TYPE;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.size}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    @Pattern(regexp = "|.*[^0-9].*", message = "{validation.codeDigits}")
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    @Column(nullable = false, length = 200)
    @jakarta.validation.constraints.Pattern(regexp = com.creditwb.workbench.common.validation.PlainText.REGEX, message = "{validation.plainText}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @ValidUscc
    @Column(nullable = false, unique = true, length = 18)
    private String uscc;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Industry industry;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", nullable = false, length = 10)
    private CompanySize size;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private com.creditwb.workbench.customer.domain.CorrespondenceLanguage language = com.creditwb.workbench.customer.domain.CorrespondenceLanguage.ZH_CN;

    @PastOrPresent(message = "{validation.pastOrPresent}")
    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @Digits(integer = 17, fraction = 2, message = "{validation.amount}")
    @Column(name = "registered_capital", precision = 19, scale = 2)
    private BigDecimal registeredCapital;

    @Size(max = 100, message = "{validation.size}")
    @Column(name = "legal_representative", length = 100)
    @jakarta.validation.constraints.Pattern(regexp = com.creditwb.workbench.common.validation.PlainText.REGEX, message = "{validation.plainText}")
    private String legalRepresentative;

    @Size(max = 300, message = "{validation.size}")
    @Column(length = 300)
    @jakarta.validation.constraints.Pattern(regexp = com.creditwb.workbench.common.validation.PlainText.REGEX, message = "{validation.plainText}")
    private String address;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 16)
    private CustomerType customerType;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false, length = 16)
    private LifecycleStage lifecycleStage;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_level", nullable = false, length = 16)
    private RelationshipLevel relationshipLevel;

    /** Username of the account manager who owns the relationship. */
    @Size(max = 64, message = "{validation.size}")
    @Column(name = "owner_username", length = 64)
    private String owner;

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<@Valid Contact> contacts = new ArrayList<>();

    /*
     * The current credit decision and exposure as the customers list shows and sorts them: written by the
     * credit feature (CustomerCreditFigures), never through this entity, and left out of its history
     * (the decision and the aging list have their own).
     */
    @Column(name = "credit_rating", insertable = false, updatable = false)
    private String creditRating;

    @Column(name = "credit_rating_rank", insertable = false, updatable = false)
    private Integer creditRatingRank;

    @Column(name = "credit_risk_class", insertable = false, updatable = false)
    private String creditRiskClass;

    @Column(name = "credit_risk_rank", insertable = false, updatable = false)
    private Integer creditRiskRank;

    @Column(name = "credit_limit", insertable = false, updatable = false)
    private BigDecimal creditLimit;

    /** The last day of a temporary limit in force (null when the limit is the decided one or a permanent change). */
    @Column(name = "credit_limit_until", insertable = false, updatable = false)
    private java.time.LocalDate creditLimitUntil;

    @Column(name = "credit_exposure", insertable = false, updatable = false)
    private BigDecimal creditExposure;

    @Column(name = "credit_available", insertable = false, updatable = false)
    private BigDecimal creditAvailable;

    public Customer() {
    }

    @Override
    public java.util.Set<String> auditIgnored() {
        return CREDIT_FIGURES;
    }

    /** The credit columns: not edited here, so not in the customer's history. */
    static final java.util.Set<String> CREDIT_FIGURES = java.util.Set.of("creditRating", "creditRatingRank", "creditRiskClass",
            "creditRiskRank", "creditLimit", "creditLimitUntil", "creditExposure", "creditAvailable");

    /** The current decision's rating (null without an approved decision). */
    public String getCreditRating() {
        return creditRating;
    }

    /** The current decision's risk class code ({@code LOW} … {@code REJECT}; null without a decision). */
    public String getCreditRiskClass() {
        return creditRiskClass;
    }

    /** The limit in force in 元: the decision's, a permanent change or a temporary limit (null without a decision). */
    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    /** The last day of the temporary limit in force, if the limit is one. */
    public java.time.LocalDate getCreditLimitUntil() {
        return creditLimitUntil;
    }

    /** Open items in the current aging list, 元 (null when no list is held). */
    public BigDecimal getCreditExposure() {
        return creditExposure;
    }

    /** Limit less exposure, 元 (null without a decision). */
    public BigDecimal getCreditAvailable() {
        return creditAvailable;
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    /** Normalises free text as stored: trimmed codes, upper-case USCC. */
    void normalise() {
        code = code == null ? null : code.trim();
        name = name == null ? null : name.trim();
        uscc = uscc == null ? null : uscc.trim().toUpperCase(Locale.ROOT);
    }

    public void addContact(Contact contact) {
        contact.setCustomer(this);
        contacts.add(contact);
    }

    public void removeContact(Contact contact) {
        contacts.remove(contact);
        contact.setCustomer(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public com.creditwb.workbench.customer.domain.CorrespondenceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(com.creditwb.workbench.customer.domain.CorrespondenceLanguage language) {
        this.language = language;
    }

    public CompanySize getSize() {
        return size;
    }

    public void setSize(CompanySize size) {
        this.size = size;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public BigDecimal getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public void setCustomerType(CustomerType customerType) {
        this.customerType = customerType;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }

    public void setLifecycleStage(LifecycleStage lifecycleStage) {
        this.lifecycleStage = lifecycleStage;
    }

    public RelationshipLevel getRelationshipLevel() {
        return relationshipLevel;
    }

    public void setRelationshipLevel(RelationshipLevel relationshipLevel) {
        this.relationshipLevel = relationshipLevel;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<Contact> getContacts() {
        return contacts;
    }
}
