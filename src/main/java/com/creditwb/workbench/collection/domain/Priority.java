package com.creditwb.workbench.collection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A worklist row's priority (催收优先级, our own rule, not from the seeds) = amount to chase × days the oldest item is
 * overdue × risk weight ÷ 1,000, where the amount to chase is the overdue amount less what is disputed, and the weight
 * is 1 for a low risk class (or none), 1.5 medium, 2 high, 3 very high, 4 reject; each broken promise in the last
 * 90 days adds half a weight. Plain Java.
 */
public final class Priority {

    private Priority() {
    }

    public static double weight(String riskClass, int brokenPromises) {
        double base = switch (riskClass == null ? "" : riskClass) {
            case "MEDIUM" -> 1.5;
            case "HIGH" -> 2;
            case "VERY_HIGH" -> 3;
            case "REJECT" -> 4;
            default -> 1;
        };
        return base + 0.5 * Math.max(0, brokenPromises);
    }

    public static long of(BigDecimal toChase, long oldestDays, String riskClass, int brokenPromises) {
        if (toChase.signum() <= 0 || oldestDays <= 0) {
            return 0;
        }
        return toChase.multiply(BigDecimal.valueOf(oldestDays)).multiply(BigDecimal.valueOf(weight(riskClass, brokenPromises)))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
    }
}
