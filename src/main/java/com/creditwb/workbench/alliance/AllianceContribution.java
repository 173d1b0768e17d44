package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.ContributionKind;
import com.creditwb.workbench.alliance.domain.ContributionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a partner contributes or owes under the agreement: money, assets, people, … with its value and due date. */
@Entity
@Table(name = "alliance_contribution")
public class AllianceContribution extends AlliancePart {

    @Column(nullable = false, length = 200)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContributionKind kind;

    @Column(length = 2000)
    private String description;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContributionStatus status = ContributionStatus.DUE;

    protected AllianceContribution() {
    }

    AllianceContribution(Alliance alliance, int position) {
        super(alliance, position);
    }

    public String getPartner() {
        return partner;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    /** Still due and its date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status == ContributionStatus.DUE && dueDate != null && dueDate.isBefore(today);
    }

    void update(String partner, ContributionKind kind, String description, BigDecimal amount, LocalDate dueDate, ContributionStatus status) {
        this.partner = partner;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
        this.dueDate = dueDate;
        this.status = status;
    }
}
