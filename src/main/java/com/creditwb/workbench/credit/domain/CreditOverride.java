package com.creditwb.workbench.credit.domain;

import com.creditwb.workbench.credit.model.RiskClass;
import java.math.BigDecimal;

/** A credit manager's override of the rating, risk class or limit; never without a written reason. */
public record CreditOverride(String rating, RiskClass riskClass, BigDecimal limit, String reason) {

    public static final CreditOverride NONE = new CreditOverride(null, null, null, null);

    public boolean any() {
        return (rating != null && !rating.isBlank()) || riskClass != null || limit != null;
    }
}
