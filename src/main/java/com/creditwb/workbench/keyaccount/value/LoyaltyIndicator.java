package com.creditwb.workbench.keyaccount.value;

import com.creditwb.workbench.common.i18n.Labelled;

/**
 * The eight measures of customer loyalty (顾客忠诚度的衡量标准, seed 002), the indicators of potential value
 * where data is short (SPEC §4). Each is entered on its own scale; the efficacy-coefficient method makes
 * them comparable. Price sensitivity and time spent choosing are better when lower.
 */
public enum LoyaltyIndicator implements Labelled {
    /** 重复购买率, % of purchases that are repeat purchases. */
    REPEAT_PURCHASE(true),
    /** 关心程度, attention to our brand, 1–5. */
    ATTENTION(true),
    /** 需求满足率, share of the customer's needs met by us, %. */
    NEEDS_MET(true),
    /** 价格敏感程度, 1–5, lower is better. */
    PRICE_SENSITIVITY(false),
    /** 对竞争产品的态度, indifference to competitors' products, 1–5. */
    COMPETITOR_ATTITUDE(true),
    /** 认同度, acceptance of our products, 1–5. */
    ACCEPTANCE(true),
    /** 挑选时间, days spent choosing, lower is better. */
    CHOOSING_TIME(false),
    /** 对质量事故的承受力, tolerance of quality incidents, 1–5. */
    INCIDENT_TOLERANCE(true);

    private final boolean higherIsBetter;

    LoyaltyIndicator(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    @Override
    public String messageKey() {
        return "keyaccount.indicator." + name();
    }

    /** The unit the indicator is entered in (message key). */
    public String unitKey() {
        return "keyaccount.indicator." + name() + ".unit";
    }
}
