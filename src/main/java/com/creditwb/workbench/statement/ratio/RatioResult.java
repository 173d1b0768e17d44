package com.creditwb.workbench.statement.ratio;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ratio: its value (a plain fraction, or days or times as the ratio is defined), or "not
 * meaningful" with the reason (a message key suffix: zeroDenominator, negativeDenominator,
 * missingInput, noPriorPeriod) — never NaN, Infinity or a silent 0. The formula names line-item
 * codes ({@code avg(X)} is the mean of opening and closing balance); the inputs are the values used,
 * by code ({@code X.prior} for the opening balance); {@code averaged} says whether averages were used.
 */
public record RatioResult(String key, Double value, boolean meaningful, String reason, String formula,
        Map<String, BigDecimal> inputs, boolean averaged) {

    public RatioResult {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    static RatioResult of(String key, double value, String formula, Map<String, BigDecimal> inputs, boolean averaged) {
        return new RatioResult(key, value, true, null, formula, inputs, averaged);
    }

    static RatioResult notMeaningful(String key, String reason, String formula, Map<String, BigDecimal> inputs, boolean averaged) {
        return new RatioResult(key, null, false, reason, formula, inputs, averaged);
    }
}
