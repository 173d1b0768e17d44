package com.creditwb.workbench.credit.domain;

import java.math.BigDecimal;

/** What an amount of credit may be: a limit, an authority, a document's amount. */
public final class Amounts {

    /** The largest amount a check takes (a thousand trillion). */
    public static final BigDecimal MAX = new BigDecimal("1000000000000000");

    private Amounts() {
    }

    /** A limit or an authority: from zero, to the cent, at most {@link #MAX}. */
    public static boolean isLimitAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.compareTo(MAX) <= 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
