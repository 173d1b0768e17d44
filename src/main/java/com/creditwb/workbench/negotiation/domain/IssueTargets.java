package com.creditwb.workbench.negotiation.domain;

/**
 * One issue of a negotiation plan (制订谈判方案) with its three targets: optimal 最优期望目标, acceptable 可接受目标
 * and minimum 最低限度目标, and which direction is better for us. Plain Java.
 *
 * <p>Utility of a value {@code x}: {@code u(x) = 100 × (x − minimum) / (optimal − minimum)}, capped at 100 and
 * not floored (a value worse than the minimum is negative); its level is OPTIMAL when it reaches the optimal
 * target, ACCEPTABLE when it reaches the acceptable one, MINIMUM when it reaches the minimum, else BELOW.
 */
public record IssueTargets(String name, Better better, double weight, double optimal, double acceptable, double minimum) {

    /** Which way a value is better for us. */
    public enum Better implements com.creditwb.workbench.common.i18n.Labelled {
        HIGHER, LOWER;

        @Override
        public String messageKey() {
            return "negotiation.better." + name();
        }
    }

    /** How far a value reaches. */
    public enum Level implements com.creditwb.workbench.common.i18n.Labelled {
        OPTIMAL, ACCEPTABLE, MINIMUM, BELOW;

        @Override
        public String messageKey() {
            return "negotiation.level." + name();
        }
    }

    /** HIGHER: optimal ≥ acceptable ≥ minimum and optimal > minimum; LOWER the reverse. */
    public boolean consistent() {
        if (!Double.isFinite(optimal) || !Double.isFinite(acceptable) || !Double.isFinite(minimum)) {
            return false;
        }
        return better == Better.HIGHER ? optimal >= acceptable && acceptable >= minimum && optimal > minimum
                : optimal <= acceptable && acceptable <= minimum && optimal < minimum;
    }

    /** The utility 0–100 of a value (negative below the minimum). */
    public double utility(double x) {
        double u = 100 * (x - minimum) / (optimal - minimum);
        return Math.min(100, u);
    }

    public Level level(double x) {
        if (reaches(x, optimal)) {
            return Level.OPTIMAL;
        }
        if (reaches(x, acceptable)) {
            return Level.ACCEPTABLE;
        }
        if (reaches(x, minimum)) {
            return Level.MINIMUM;
        }
        return Level.BELOW;
    }

    private boolean reaches(double x, double target) {
        return better == Better.HIGHER ? x >= target : x <= target;
    }
}
