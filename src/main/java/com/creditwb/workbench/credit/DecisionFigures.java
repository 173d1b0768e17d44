package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.model.RiskClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The figures of a customer's current decision a credit check needs: its id, limit, currency, review date, risk class and time. */
public record DecisionFigures(Long id, BigDecimal limit, String currency, LocalDate nextReviewDate, RiskClass riskClass, Instant decidedAt) {
}
