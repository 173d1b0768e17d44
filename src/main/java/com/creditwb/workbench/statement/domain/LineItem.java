package com.creditwb.workbench.statement.domain;

import com.creditwb.workbench.common.i18n.Labelled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The line-item catalogue of the general-enterprise statements (一般企业财务报表格式, 财会〔2019〕6号),
 * in statement order. Each item has a stable code (the enum name), the labels a workbook writes
 * it with (Chinese, English and usual variants, used for recognition; screen labels come from the
 * message bundles, key {@code lineItem.<CODE>}), and its place in the subtotal tree: the parent it
 * adds into and with which sign (+1 adds, -1 subtracts, 0 "of which" — shown under the parent, not
 * summed).
 */
public enum LineItem implements Labelled {
    BS_CASH(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "货币资金", "Cash and cash equivalents", "Cash", "Cash at bank and on hand", "Monetary funds", "Cash and bank balances", "Monetary capital"),
    BS_TRADING_FA(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "交易性金融资产", "Trading financial assets", "Held-for-trading financial assets", "以公允价值计量且其变动计入当期损益的金融资产"),
    BS_DERIVATIVE_FA(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "衍生金融资产", "Derivative financial assets"),
    BS_NOTES_REC(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "应收票据", "Notes receivable", "Bills receivable"),
    BS_AR(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "应收账款", "Accounts receivable", "Trade receivables"),
    BS_REC_FINANCING(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "应收款项融资", "Receivables financing"),
    BS_PREPAYMENTS(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "预付款项", "Prepayments", "预付账款", "Advances to suppliers", "Advances paid"),
    BS_OTHER_REC(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "其他应收款", "Other receivables"),
    BS_INVENTORIES(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "存货", "Inventories", "Inventory"),
    BS_CONTRACT_ASSETS(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "合同资产", "Contract assets"),
    BS_HELD_FOR_SALE(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "持有待售资产", "Assets held for sale"),
    BS_NCA_DUE(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "一年内到期的非流动资产", "Non-current assets due within one year"),
    BS_OTHER_CA(StatementType.BALANCE_SHEET, "BS_CA_TOTAL", 1, "其他流动资产", "Other current assets"),
    BS_CA_TOTAL(StatementType.BALANCE_SHEET, "BS_TA", 1, "流动资产合计", "Total current assets"),
    BS_DEBT_INV(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "债权投资", "Debt investments"),
    BS_OTHER_DEBT_INV(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "其他债权投资", "Other debt investments"),
    BS_LT_REC(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "长期应收款", "Long-term receivables"),
    BS_LT_EQUITY_INV(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "长期股权投资", "Long-term equity investments"),
    BS_OTHER_EQUITY_INV(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "其他权益工具投资", "Other equity instrument investments"),
    BS_OTHER_NC_FA(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "其他非流动金融资产", "Other non-current financial assets"),
    BS_INVEST_PROPERTY(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "投资性房地产", "Investment property", "Investment properties"),
    BS_FIXED_ASSETS(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "固定资产", "Fixed assets", "Property, plant and equipment"),
    BS_CIP(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "在建工程", "Construction in progress"),
    BS_BIO_ASSETS(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "生产性生物资产", "Productive biological assets"),
    BS_OIL_GAS(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "油气资产", "Oil and gas assets"),
    BS_RIGHT_OF_USE(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "使用权资产", "Right-of-use assets"),
    BS_INTANGIBLES(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "无形资产", "Intangible assets", "Intangibles"),
    BS_DEV_EXPENDITURE(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "开发支出", "Development expenditure"),
    BS_GOODWILL(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "商誉", "Goodwill"),
    BS_LT_PREPAID(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "长期待摊费用", "Long-term prepaid expenses"),
    BS_DTA(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "递延所得税资产", "Deferred tax assets"),
    BS_OTHER_NCA(StatementType.BALANCE_SHEET, "BS_NCA_TOTAL", 1, "其他非流动资产", "Other non-current assets"),
    BS_NCA_TOTAL(StatementType.BALANCE_SHEET, "BS_TA", 1, "非流动资产合计", "Total non-current assets"),
    BS_TA(StatementType.BALANCE_SHEET, null, 1, "资产总计", "Total assets", "资产合计"),
    BS_ST_BORROWINGS(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "短期借款", "Short-term borrowings", "Short-term loans"),
    BS_TRADING_FL(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "交易性金融负债", "Trading financial liabilities"),
    BS_DERIVATIVE_FL(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "衍生金融负债", "Derivative financial liabilities"),
    BS_NOTES_PAY(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "应付票据", "Notes payable", "Bills payable"),
    BS_AP(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "应付账款", "Accounts payable", "Trade payables"),
    BS_ADVANCES(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "预收款项", "Advances from customers", "预收账款", "Receipts in advance", "Advances received"),
    BS_CONTRACT_LIAB(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "合同负债", "Contract liabilities"),
    BS_PAYROLL(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "应付职工薪酬", "Employee benefits payable", "Payroll payable"),
    BS_TAXES_PAYABLE(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "应交税费", "Taxes payable", "Taxes and dues payable", "Tax payable"),
    BS_OTHER_PAY(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "其他应付款", "Other payables"),
    BS_HELD_FOR_SALE_LIAB(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "持有待售负债", "Liabilities held for sale"),
    BS_NCL_DUE(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "一年内到期的非流动负债", "Non-current liabilities due within one year"),
    BS_OTHER_CL(StatementType.BALANCE_SHEET, "BS_CL_TOTAL", 1, "其他流动负债", "Other current liabilities"),
    BS_CL_TOTAL(StatementType.BALANCE_SHEET, "BS_TL", 1, "流动负债合计", "Total current liabilities"),
    BS_LT_BORROWINGS(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "长期借款", "Long-term borrowings", "Long-term loans"),
    BS_BONDS(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "应付债券", "Bonds payable"),
    BS_LEASE_LIAB(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "租赁负债", "Lease liabilities"),
    BS_LT_PAYABLES(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "长期应付款", "Long-term payables"),
    BS_PROVISIONS(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "预计负债", "Provisions"),
    BS_DEFERRED_INCOME(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "递延收益", "Deferred income"),
    BS_DTL(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "递延所得税负债", "Deferred tax liabilities"),
    BS_OTHER_NCL(StatementType.BALANCE_SHEET, "BS_NCL_TOTAL", 1, "其他非流动负债", "Other non-current liabilities"),
    BS_NCL_TOTAL(StatementType.BALANCE_SHEET, "BS_TL", 1, "非流动负债合计", "Total non-current liabilities"),
    BS_TL(StatementType.BALANCE_SHEET, "BS_TLE", 1, "负债合计", "Total liabilities"),
    BS_PAID_IN(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "实收资本（或股本）", "Paid-in capital", "实收资本", "股本", "Share capital", "Paid-in capital (or share capital)", "Share capital (or paid-in capital)"),
    BS_OTHER_EQUITY_INSTR(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "其他权益工具", "Other equity instruments"),
    BS_CAPITAL_RESERVE(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "资本公积", "Capital reserve", "Capital surplus"),
    BS_TREASURY(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", -1, "库存股", "Treasury shares", "Treasury stock"),
    BS_OCI(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "其他综合收益", "Other comprehensive income"),
    BS_SPECIAL_RESERVE(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "专项储备", "Special reserve"),
    BS_SURPLUS_RESERVE(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "盈余公积", "Surplus reserve"),
    BS_RETAINED(StatementType.BALANCE_SHEET, "BS_EQUITY_TOTAL", 1, "未分配利润", "Retained earnings", "Undistributed profits"),
    BS_EQUITY_TOTAL(StatementType.BALANCE_SHEET, "BS_TLE", 1, "所有者权益（或股东权益）合计", "Total equity", "所有者权益合计", "股东权益合计", "Total owners' equity", "Total shareholders' equity", "Total owners' equity (or shareholders' equity)", "Total shareholders' equity (or owners' equity)"),
    BS_TLE(StatementType.BALANCE_SHEET, null, 1, "负债和所有者权益（或股东权益）总计", "Total liabilities and equity", "负债和所有者权益总计", "负债和股东权益总计", "负债及所有者权益总计", "负债及所有者权益合计", "Total liabilities and owners' equity", "Total liabilities and shareholders' equity", "Total liabilities and owners' equity (or shareholders' equity)", "Total liabilities and shareholders' equity (or owners' equity)"),
    IS_REVENUE(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "营业收入", "Revenue", "营业总收入", "Operating revenue", "Total revenue", "Sales", "Total operating revenue", "Revenue from operations"),
    IS_COST(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "营业成本", "Cost of sales", "Operating costs", "Cost of revenue", "Cost of goods sold", "Operating cost", "Total operating cost of sales"),
    IS_TAXES(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "税金及附加", "Taxes and surcharges", "营业税金及附加", "Business taxes and surcharges"),
    IS_SELLING(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "销售费用", "Selling expenses", "Selling and distribution expenses"),
    IS_ADMIN(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "管理费用", "Administrative expenses", "General and administrative expenses", "Management expenses", "Administration expenses"),
    IS_RD(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "研发费用", "Research and development expenses", "R&D expenses"),
    IS_FINANCE(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", -1, "财务费用", "Finance costs", "Financial expenses", "Finance expenses", "Financial costs", "Finance cost"),
    IS_INTEREST_EXPENSE(StatementType.INCOME_STATEMENT, "IS_FINANCE", 0, "利息费用", "Interest expense", "Interest expenses"),
    IS_INTEREST_INCOME(StatementType.INCOME_STATEMENT, "IS_FINANCE", 0, "利息收入", "Interest income"),
    IS_OTHER_GAINS(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "其他收益", "Other income", "Other gains"),
    IS_INVESTMENT_INCOME(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "投资收益", "Investment income", "Income from investments", "Investment gains"),
    IS_NET_EXPOSURE_HEDGE(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "净敞口套期收益", "Net exposure hedging gains", "Net exposure hedging income"),
    IS_FAIR_VALUE_GAINS(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "公允价值变动收益", "Gains from changes in fair value", "Income from changes in fair value", "Gains on changes in fair value"),
    IS_CREDIT_IMPAIRMENT(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "信用减值损失", "Credit impairment losses", "Credit impairment loss", "Impairment losses on credit"),
    IS_ASSET_IMPAIRMENT(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "资产减值损失", "Asset impairment losses", "Asset impairment loss", "Impairment loss of assets", "Impairment losses on assets"),
    IS_DISPOSAL_GAINS(StatementType.INCOME_STATEMENT, "IS_OPERATING_PROFIT", 1, "资产处置收益", "Gains on disposal of assets", "Income from disposal of assets", "Gains from asset disposal", "Gains on asset disposal"),
    IS_OPERATING_PROFIT(StatementType.INCOME_STATEMENT, "IS_PROFIT_BEFORE_TAX", 1, "营业利润", "Operating profit"),
    IS_NON_OPERATING_INCOME(StatementType.INCOME_STATEMENT, "IS_PROFIT_BEFORE_TAX", 1, "营业外收入", "Non-operating income", "Non-operating revenue"),
    IS_NON_OPERATING_EXPENSE(StatementType.INCOME_STATEMENT, "IS_PROFIT_BEFORE_TAX", -1, "营业外支出", "Non-operating expenses"),
    IS_PROFIT_BEFORE_TAX(StatementType.INCOME_STATEMENT, "IS_NET_PROFIT", 1, "利润总额", "Profit before tax", "Total profit", "Total profits", "Profit before income tax", "Profit before taxation", "Income before tax"),
    IS_INCOME_TAX(StatementType.INCOME_STATEMENT, "IS_NET_PROFIT", -1, "所得税费用", "Income tax expense", "Income tax", "Income taxes", "Income tax expenses"),
    IS_NET_PROFIT(StatementType.INCOME_STATEMENT, null, 1, "净利润", "Net profit", "Net income", "Net profits", "Profit for the year", "Profit for the period"),
    CF_SALES_RECEIPTS(StatementType.CASH_FLOW, "CF_OPERATING_IN", 1, "销售商品、提供劳务收到的现金", "Cash received from sales of goods and rendering of services", "Cash received from sales of goods or rendering of services", "Cash received from selling goods and providing services"),
    CF_TAX_REFUNDS(StatementType.CASH_FLOW, "CF_OPERATING_IN", 1, "收到的税费返还", "Refunds of taxes", "Refund of taxes and levies", "Tax refunds received", "Refunds of taxes and surcharges"),
    CF_OTHER_OPERATING_RECEIPTS(StatementType.CASH_FLOW, "CF_OPERATING_IN", 1, "收到其他与经营活动有关的现金", "Other cash received relating to operating activities", "Cash received relating to other operating activities"),
    CF_OPERATING_IN(StatementType.CASH_FLOW, "CF_OPERATING", 1, "经营活动现金流入小计", "Sub-total of cash inflows from operating activities"),
    CF_PURCHASES(StatementType.CASH_FLOW, "CF_OPERATING_OUT", 1, "购买商品、接受劳务支付的现金", "Cash paid for goods and services", "Cash paid for goods purchased and services received", "Cash paid for purchasing goods and receiving services"),
    CF_STAFF(StatementType.CASH_FLOW, "CF_OPERATING_OUT", 1, "支付给职工以及为职工支付的现金", "Cash paid to and on behalf of employees", "支付给职工及为职工支付的现金"),
    CF_TAXES_PAID(StatementType.CASH_FLOW, "CF_OPERATING_OUT", 1, "支付的各项税费", "Payments of taxes", "Payments of all types of taxes", "Taxes and levies paid", "Cash paid for taxes"),
    CF_OTHER_OPERATING_PAYMENTS(StatementType.CASH_FLOW, "CF_OPERATING_OUT", 1, "支付其他与经营活动有关的现金", "Other cash paid relating to operating activities", "Cash paid relating to other operating activities"),
    CF_OPERATING_OUT(StatementType.CASH_FLOW, "CF_OPERATING", -1, "经营活动现金流出小计", "Sub-total of cash outflows from operating activities"),
    CF_OPERATING(StatementType.CASH_FLOW, "CF_NET_CHANGE", 1, "经营活动产生的现金流量净额", "Net cash flows from operating activities", "Net cash from operating activities", "Operating cash flow", "Net cash flow generated from operating activities", "Net cash generated from operating activities", "Net cash flow from operating activities"),
    CF_INVESTING_IN(StatementType.CASH_FLOW, "CF_INVESTING", 1, "投资活动现金流入小计", "Sub-total of cash inflows from investing activities"),
    CF_CAPEX(StatementType.CASH_FLOW, "CF_INVESTING_OUT", 1, "购建固定资产、无形资产和其他长期资产支付的现金", "Cash paid to acquire fixed assets, intangible assets and other long-term assets", "Capital expenditure", "Cash paid to acquire and construct fixed assets, intangible assets and other long-term assets"),
    CF_INVESTMENTS_PAID(StatementType.CASH_FLOW, "CF_INVESTING_OUT", 1, "投资支付的现金", "Cash paid for investments", "Cash paid to acquire investments"),
    CF_INVESTING_OUT(StatementType.CASH_FLOW, "CF_INVESTING", -1, "投资活动现金流出小计", "Sub-total of cash outflows from investing activities"),
    CF_INVESTING(StatementType.CASH_FLOW, "CF_NET_CHANGE", 1, "投资活动产生的现金流量净额", "Net cash flows from investing activities", "Net cash used in investing activities", "Net cash flow generated from investing activities"),
    CF_BORROWINGS_RECEIVED(StatementType.CASH_FLOW, "CF_FINANCING_IN", 1, "取得借款收到的现金", "Cash received from borrowings"),
    CF_FINANCING_IN(StatementType.CASH_FLOW, "CF_FINANCING", 1, "筹资活动现金流入小计", "Sub-total of cash inflows from financing activities"),
    CF_DEBT_REPAID(StatementType.CASH_FLOW, "CF_FINANCING_OUT", 1, "偿还债务支付的现金", "Cash repayments of borrowings", "Cash repayments of debts", "Cash paid for debt repayment", "Cash paid for repayment of debts"),
    CF_DIVIDENDS_INTEREST_PAID(StatementType.CASH_FLOW, "CF_FINANCING_OUT", 1, "分配股利、利润或偿付利息支付的现金", "Cash paid for distribution of dividends or profits or interest", "Cash paid for distribution of dividends or profits or for interest payments", "Cash paid for distribution of dividends, profits or interest"),
    CF_FINANCING_OUT(StatementType.CASH_FLOW, "CF_FINANCING", -1, "筹资活动现金流出小计", "Sub-total of cash outflows from financing activities"),
    CF_FINANCING(StatementType.CASH_FLOW, "CF_NET_CHANGE", 1, "筹资活动产生的现金流量净额", "Net cash flows from financing activities", "Net cash flow generated from financing activities"),
    CF_FX_EFFECT(StatementType.CASH_FLOW, "CF_NET_CHANGE", 1, "汇率变动对现金及现金等价物的影响", "Effect of exchange rate changes on cash and cash equivalents", "Effect of foreign exchange rate changes on cash and cash equivalents"),
    CF_NET_CHANGE(StatementType.CASH_FLOW, "CF_CLOSING_CASH", 1, "现金及现金等价物净增加额", "Net increase in cash and cash equivalents"),
    CF_OPENING_CASH(StatementType.CASH_FLOW, "CF_CLOSING_CASH", 1, "期初现金及现金等价物余额", "Cash and cash equivalents at beginning of period", "加：期初现金及现金等价物余额", "Cash and cash equivalents at the beginning of the period", "Opening balance of cash and cash equivalents"),
    CF_CLOSING_CASH(StatementType.CASH_FLOW, null, 1, "期末现金及现金等价物余额", "Cash and cash equivalents at end of period", "Cash and cash equivalents at the end of the period", "Closing balance of cash and cash equivalents");

    private static final Map<LineItem, List<LineItem>> COMPONENTS = new EnumMap<>(LineItem.class);

    /**
     * The key lines: revenue, cost of sales, operating profit, profit before tax, net profit,
     * operating cash flow and the balance-sheet totals. The ratios, the interest coverage and
     * Altman's Z need them, so a statement set is not stored without one unless the user says so.
     */
    private static final java.util.Set<LineItem> KEY = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            BS_CA_TOTAL, BS_TA, BS_CL_TOTAL, BS_TL, BS_EQUITY_TOTAL, BS_TLE,
            IS_REVENUE, IS_COST, IS_OPERATING_PROFIT, IS_PROFIT_BEFORE_TAX, IS_NET_PROFIT, CF_OPERATING));

    static {
        for (LineItem item : values()) {
            COMPONENTS.put(item, new ArrayList<>());
        }
        for (LineItem item : values()) {
            item.parent().ifPresent(p -> COMPONENTS.get(p).add(item));
        }
        COMPONENTS.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    private final StatementType statement;
    private final String parentCode;
    private final int sign;
    private final List<String> labels;

    LineItem(StatementType statement, String parentCode, int sign, String... labels) {
        this.statement = statement;
        this.parentCode = parentCode;
        this.sign = sign;
        this.labels = List.of(labels);
    }

    public StatementType statement() {
        return statement;
    }

    /** The subtotal this item adds into (or, with sign 0, is an "of which" of). */
    public Optional<LineItem> parent() {
        return Optional.ofNullable(parentCode).map(LineItem::valueOf);
    }

    /** +1 adds into the parent, -1 is subtracted, 0 is an "of which" line not summed. */
    public int sign() {
        return sign;
    }

    /** The lines that add up to this one (empty for a plain line). */
    public List<LineItem> components() {
        return COMPONENTS.get(this).stream().filter(c -> c.sign != 0).toList();
    }

    public boolean isSubtotal() {
        return !components().isEmpty();
    }

    /** How deep the item sits under the statement's top lines (for indentation). */
    public int depth() {
        int depth = 0;
        for (Optional<LineItem> p = parent(); p.isPresent(); p = p.get().parent()) {
            depth++;
        }
        return depth;
    }

    /** Chinese label as the standard format writes it. */
    public String chineseLabel() {
        return labels.get(0);
    }

    /** English label. */
    public String englishLabel() {
        return labels.get(1);
    }

    /** All labels the item is recognised by (before normalisation). */
    public List<String> labels() {
        return labels;
    }

    /** Whether this is a key line (see {@link #keyLines()}). */
    public boolean isKey() {
        return KEY.contains(this);
    }

    /** The key lines in statement order. */
    public static java.util.Set<LineItem> keyLines() {
        return KEY;
    }

    public static List<LineItem> of(StatementType statement) {
        return Arrays.stream(values()).filter(i -> i.statement == statement).toList();
    }

    @Override
    public String messageKey() {
        return "lineItem." + name();
    }
}
