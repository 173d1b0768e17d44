package com.creditwb.workbench.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to an order system's credit check.
 *
 * @param codes the reasons as stable codes (LIMIT_EXCEEDED, NO_DECISION, DECISION_EXPIRED, OVERDUE_BEYOND_THRESHOLD,
 *     REJECT_CLASS, REVIEW_OVERDUE, HIGH_UTILISATION, ITEMS_OVERDUE, CURRENCY_DIFFERS)
 * @param reasons the same reasons in the caller's language
 */
public record CreditCheck(Decision decision, List<String> codes, List<String> reasons, BigDecimal available) {

    public enum Decision { APPROVE, REVIEW, BLOCK }
}
