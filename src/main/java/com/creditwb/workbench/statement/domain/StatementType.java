package com.creditwb.workbench.statement.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** The three statements of the Chinese general-enterprise format (一般企业财务报表格式). */
public enum StatementType implements Labelled {
    /** 资产负债表: balances at the period end. */
    BALANCE_SHEET,
    /** 利润表: flows over the period. */
    INCOME_STATEMENT,
    /** 现金流量表: flows over the period. */
    CASH_FLOW;

    @Override
    public String messageKey() {
        return "statementType." + name();
    }
}
