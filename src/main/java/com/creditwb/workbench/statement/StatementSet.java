package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementValues;
import com.creditwb.workbench.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One revision of a customer's statements for one period end: amounts in 元 by line item, the unit
 * they were given in, whether audited, and where they came from (an imported file with its SHA-256,
 * or manual entry). Re-importing or editing a period adds a revision and keeps the earlier ones.
 */
@Entity
@Table(name = "statement_set")
public class StatementSet extends BaseEntity {

    public enum Source { IMPORT, MANUAL }

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private boolean interim;

    @Column(nullable = false, length = 3)
    private String currency = "CNY";

    @Column(name = "unit_factor", nullable = false)
    private long unitFactor = 1;

    @Column(nullable = false)
    private boolean audited;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 10)
    private Source source;

    @Column(name = "source_file_name")
    private String sourceFileName;

    @Column(name = "source_sha256", length = 64)
    private String sourceSha256;

    @Column(nullable = false)
    private int revision;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "market_value_of_equity", precision = 19, scale = 2)
    private BigDecimal marketValueOfEquity;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "statement_line", joinColumns = @JoinColumn(name = "set_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "item_code", length = 40)
    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private Map<LineItem, BigDecimal> amounts = new EnumMap<>(LineItem.class);

    protected StatementSet() {
    }

    public StatementSet(Long customerId, LocalDate periodEnd, Source source) {
        this.customerId = customerId;
        this.periodEnd = periodEnd;
        this.source = source;
        this.interim = !(periodEnd.getMonthValue() == 12 && periodEnd.getDayOfMonth() == 31);
    }

    public StatementValues values() {
        return new StatementValues(amounts);
    }

    /** Days the period covers: 365 for a year, from 1 January to the period end for an interim period. */
    public int days() {
        return interim ? periodEnd.getDayOfYear() : 365;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isInterim() {
        return interim;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getUnitFactor() {
        return unitFactor;
    }

    public void setUnitFactor(long unitFactor) {
        this.unitFactor = unitFactor;
    }

    public boolean isAudited() {
        return audited;
    }

    public void setAudited(boolean audited) {
        this.audited = audited;
    }

    public Source getSource() {
        return source;
    }

    public String getSourceFileName() {
        return sourceFileName;
    }

    public String getSourceSha256() {
        return sourceSha256;
    }

    public void setSourceFile(String fileName, String sha256) {
        this.sourceFileName = fileName;
        this.sourceSha256 = sha256;
    }

    public int getRevision() {
        return revision;
    }

    void setRevision(int revision) {
        this.revision = revision;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }

    public BigDecimal getMarketValueOfEquity() {
        return marketValueOfEquity;
    }

    public void setMarketValueOfEquity(BigDecimal marketValueOfEquity) {
        this.marketValueOfEquity = marketValueOfEquity;
    }

    public Map<LineItem, BigDecimal> getAmounts() {
        return amounts;
    }

    public void setAmounts(Map<LineItem, BigDecimal> amounts) {
        this.amounts.clear();
        this.amounts.putAll(amounts);
    }
}
