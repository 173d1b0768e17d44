package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.credit.domain.CreditCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An order, delivery or invoice an order system had checked: its amount (and that amount in the limit's currency at
 * the rate of its date), the last decision with its codes, whether it counts in the committed exposure, and a release
 * from the queue (up to an amount, until a date) that its next checks honour.
 */
@Entity
@Table(name = "credit_document")
public class CreditDocument extends BaseEntity implements com.creditwb.workbench.common.audit.FiledUnderCustomer {

    /** COUNTED: approved or released, part of the exposure; HELD: blocked or for review, in the queue; REJECTED: refused there. */
    public enum Status { COUNTED, HELD, REJECTED }

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 10, updatable = false)
    private DocumentType type;

    @Column(nullable = false, length = 64, updatable = false)
    private String number;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "doc_date", nullable = false)
    private LocalDate date;

    @Column(length = 64)
    private String reference;

    @Column(name = "reference_id")
    private Long referenceId;

    /** The amount in the limit's currency at the rate of its date; null when no rate was found. */
    @Column(name = "amount_limit", precision = 19, scale = 2)
    private BigDecimal amountInLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CreditCheck.Decision decision;

    @Column(nullable = false, length = 400)
    private String codes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "released_amount", precision = 19, scale = 2)
    private BigDecimal releasedAmount;

    @Column(name = "released_until")
    private LocalDate releasedUntil;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false)
    private int checks;

    protected CreditDocument() {
    }

    CreditDocument(Long customerId, DocumentType type, String number) {
        this.customerId = customerId;
        this.type = type;
        this.number = number;
    }

    void describe(BigDecimal amount, String currency, LocalDate date, String reference, Long referenceId, BigDecimal amountInLimit) {
        this.amount = amount;
        this.currency = currency;
        this.date = date;
        this.reference = reference;
        this.referenceId = referenceId;
        this.amountInLimit = amountInLimit;
    }

    void decided(CreditCheck.Decision decision, List<String> codes, Status status, Instant at) {
        this.decision = decision;
        this.codes = String.join(",", codes);
        this.status = status;
        this.checkedAt = at;
        this.checks++;
    }

    void release(BigDecimal upTo, LocalDate until) {
        this.releasedAmount = upTo;
        this.releasedUntil = until;
        this.status = Status.COUNTED;
        this.decision = CreditCheck.Decision.APPROVE;
        this.codes = "RELEASED";
    }

    void reject() {
        this.status = Status.REJECTED;
        this.decision = CreditCheck.Decision.BLOCK;
        this.codes = "REJECTED";
        this.releasedAmount = null;
        this.releasedUntil = null;
    }

    /** Whether a release covers this amount on this day (the released amount plus the tolerance, until its date). */
    boolean releaseCovers(BigDecimal newAmount, double tolerancePercent, LocalDate today) {
        if (releasedAmount == null || releasedUntil == null || today.isAfter(releasedUntil)) {
            return false;
        }
        BigDecimal cap = releasedAmount.multiply(BigDecimal.valueOf(1 + tolerancePercent / 100));
        return newAmount.compareTo(cap) <= 0;
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("customerId", "referenceId", "checkedAt", "checks");
    }

    /** Checked many times a second by an order system: each change is logged in one row (read back per field). */
    @Override
    public boolean auditInOneRow() {
        return true;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public DocumentType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReference() {
        return reference;
    }

    public Long getReferenceId() {
        return referenceId;
    }

    public BigDecimal getAmountInLimit() {
        return amountInLimit;
    }

    public CreditCheck.Decision getDecision() {
        return decision;
    }

    public List<String> getCodes() {
        return codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getReleasedAmount() {
        return releasedAmount;
    }

    public LocalDate getReleasedUntil() {
        return releasedUntil;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public int getChecks() {
        return checks;
    }
}
