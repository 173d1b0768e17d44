package com.creditwb.workbench.credit.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to an order system's credit check.
 *
 * @param codes the reasons as stable codes (LIMIT_EXCEEDED, NO_DECISION, DECISION_EXPIRED, OVERDUE_BEYOND_THRESHOLD,
 *     REJECT_CLASS, COLLECTION_HOLD, REVIEW_OVERDUE, HIGH_UTILISATION, ITEMS_OVERDUE, NO_RATE; for documents also NOT_CHECKED, RELEASED, REJECTED)
 * @param reasons the same reasons in the caller's language
 * @param exposure the committed exposure before this amount or document (receivables, open orders, deliveries not
 *     invoiced, invoices after the aging list), in the limit's currency
 * @param available the limit less that exposure (never below zero)
 * @param limit the limit in force it was checked against (null without a decision)
 */
public record CreditCheck(Decision decision, List<String> codes, List<String> reasons, BigDecimal available, BigDecimal exposure,
        BigDecimal limit) {

    public enum Decision { APPROVE, REVIEW, BLOCK }

    /** The same figures with another answer (a release honoured, a rejection kept, a step not checked). */
    public CreditCheck answered(Decision decision, List<String> codes, List<String> reasons) {
        return new CreditCheck(decision, codes, reasons, available, exposure, limit);
    }
}
