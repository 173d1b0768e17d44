package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.i18n.Labelled;
import java.util.List;

/**
 * Every sub-factor of the 5C model exactly as seed 002 lists them (SPEC §3.1). Those that data can
 * answer name where the pre-filled score comes from.
 */
public enum SubFactor implements Labelled {
    // 品质 Character
    BASICS(FiveC.CHARACTER, Prefill.NONE),
    HISTORY(FiveC.CHARACTER, Prefill.FOUNDING_DATE),
    MANAGERS_RECORD(FiveC.CHARACTER, Prefill.NONE),
    STRATEGY(FiveC.CHARACTER, Prefill.NONE),
    ORGANISATION(FiveC.CHARACTER, Prefill.NONE),
    BANK_RELATIONS(FiveC.CHARACTER, Prefill.CREDIT_FILE),
    CREDIT_RATING(FiveC.CHARACTER, Prefill.PAYMENT_RECORD),
    // 能力 Capacity
    MANAGER_ABILITY(FiveC.CAPACITY, Prefill.NONE),
    INFRASTRUCTURE(FiveC.CAPACITY, Prefill.NONE),
    SCALE_EQUIPMENT(FiveC.CAPACITY, Prefill.NONE),
    STAFF(FiveC.CAPACITY, Prefill.NONE),
    PRODUCTION(FiveC.CAPACITY, Prefill.NONE),
    SALES(FiveC.CAPACITY, Prefill.NONE),
    // 资本 Capital
    CAPITAL_STRUCTURE(FiveC.CAPITAL, Prefill.NONE),
    CAPITAL_RELATIONS(FiveC.CAPITAL, Prefill.NONE),
    RAISING_CAPITAL(FiveC.CAPITAL, Prefill.NONE),
    FINANCIAL_CONDITION(FiveC.CAPITAL, Prefill.RATIO_SCORE),
    // 担保品 Collateral
    CREDIT_STATUS(FiveC.COLLATERAL, Prefill.NONE),
    COLLATERAL_CONDITION(FiveC.COLLATERAL, Prefill.COLLATERAL_COVERAGE),
    // 环境 Conditions
    POLICY(FiveC.CONDITIONS, Prefill.NONE),
    INDUSTRY_DEVELOPMENT(FiveC.CONDITIONS, Prefill.NONE),
    SUPPLY_DEMAND(FiveC.CONDITIONS, Prefill.NONE),
    INDUSTRY_POSITION(FiveC.CONDITIONS, Prefill.NONE),
    COMPETITION(FiveC.CONDITIONS, Prefill.NONE);

    /** Where a pre-filled score comes from. */
    public enum Prefill { NONE, FOUNDING_DATE, CREDIT_FILE, PAYMENT_RECORD, RATIO_SCORE, COLLATERAL_COVERAGE }

    /** The lowest and highest level of the anchored scale. */
    public static final int MIN = 1;
    public static final int MAX = 5;

    private final FiveC factor;
    private final Prefill prefill;

    SubFactor(FiveC factor, Prefill prefill) {
        this.factor = factor;
        this.prefill = prefill;
    }

    public FiveC factor() {
        return factor;
    }

    public Prefill prefill() {
        return prefill;
    }

    public static List<SubFactor> of(FiveC factor) {
        return java.util.Arrays.stream(values()).filter(s -> s.factor == factor).toList();
    }

    @Override
    public String messageKey() {
        return "credit.sub." + name();
    }

    /** Message key of a level's default descriptor (the model keeps its own copy, editable). */
    public String levelKey(int level) {
        return "credit.sub." + name() + ".level." + level;
    }
}
