package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One customer's economics for one year, as stored (see {@link AccountEconomics} for the rules). */
@Entity
@Table(name = "account_economics")
public class EconomicsYear extends BaseEntity implements AuditedEntity {

    public static final String AUDIT_TYPE = com.creditwb.workbench.customer.CustomerRecord.AUDIT_TYPE;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "fiscal_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(name = "cost_of_goods", nullable = false, precision = 19, scale = 2)
    private BigDecimal costOfGoods;

    @Column(name = "variable_cost_to_serve", nullable = false, precision = 19, scale = 2)
    private BigDecimal variableCostToServe;

    @Column(name = "fixed_cost_to_serve", nullable = false, precision = 19, scale = 2)
    private BigDecimal fixedCostToServe;

    @Column(name = "share_of_wallet", precision = 7, scale = 4)
    private BigDecimal shareOfWallet;

    @Column(name = "purchases_per_year")
    private Integer purchasesPerYear;

    @Column(name = "years_as_customer")
    private Integer yearsAsCustomer;

    protected EconomicsYear() {
    }

    public EconomicsYear(Long customerId, int year) {
        this.customerId = customerId;
        this.year = year;
    }

    /** Takes the figures of the given year (not its customer or year). */
    public void assign(AccountEconomics e) {
        this.revenue = e.revenue();
        this.costOfGoods = e.costOfGoods();
        this.variableCostToServe = e.variableCostToServe();
        this.fixedCostToServe = e.fixedCostToServe();
        this.shareOfWallet = e.shareOfWallet() == null ? null : BigDecimal.valueOf(e.shareOfWallet()).setScale(4, java.math.RoundingMode.HALF_UP);
        this.purchasesPerYear = e.purchasesPerYear();
        this.yearsAsCustomer = e.yearsAsCustomer();
    }

    public AccountEconomics toEconomics() {
        return new AccountEconomics(year, revenue, costOfGoods, variableCostToServe, fixedCostToServe,
                shareOfWallet == null ? null : shareOfWallet.doubleValue(), purchasesPerYear, yearsAsCustomer);
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.ECONOMICS.name();
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getYear() {
        return year;
    }
}
