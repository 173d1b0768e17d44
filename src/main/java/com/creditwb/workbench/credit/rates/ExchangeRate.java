package com.creditwb.workbench.credit.rates;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** How many yuan (CNY) one unit of a currency is worth from a date on, until the next rate of that currency. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends BaseEntity implements AuditedEntity {

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    protected ExchangeRate() {
    }

    ExchangeRate(String currency, LocalDate validFrom, BigDecimal rate) {
        this.currency = currency;
        this.validFrom = validFrom;
        this.rate = rate;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }

    void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    /** Filed under itself: the history of a currency's rate. */
    @Override
    public String auditSubjectType() {
        return "ExchangeRate";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.CREDIT.name();
    }
}
