package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.scoring.ScoreResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** How credit figures read on screen, in the user's language. */
final class CreditText {

    private CreditText() {
    }

    static String amount(Component c, BigDecimal value) {
        return value == null ? "—" : Formats.amount(value, com.creditwb.workbench.common.i18n.Locales.current());
    }

    /** A limit, and the last day of a temporary one when it is ({@code customer.credit.limitUntil}). */
    static String limit(Component c, BigDecimal value, java.time.LocalDate until) {
        return value == null || until == null ? amount(c, value)
                : c.getTranslation("customer.credit.limitUntil", amount(c, value), Formats.date(until, com.creditwb.workbench.common.i18n.Locales.current()));
    }

    static String score(Component c, Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(com.creditwb.workbench.common.i18n.Locales.current());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    static String percent(Component c, Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(com.creditwb.workbench.common.i18n.Locales.current());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** The class as a coloured badge. */
    static Span riskBadge(Component c, RiskClass riskClass) {
        Span badge = new Span(riskClass == null ? "—" : c.getTranslation(riskClass.messageKey()));
        if (riskClass != null) {
            badge.getElement().getThemeList().add("badge " + switch (riskClass) {
                case LOW -> "success";
                case MEDIUM -> "";
                case HIGH -> "contrast";
                case VERY_HIGH, REJECT -> "error";
            });
            badge.getElement().setAttribute("data-class", riskClass.name());
        }
        return badge;
    }

    static String step(Component c, ScoreResult.Step step) {
        return c.getTranslation(step.key(), step.args().toArray());
    }

    /** "Collateral or guarantee for at least 50 % of the limit", or "none needed". */
    static String collateralRequirement(Component c, double unsecuredShare, double limitFactor) {
        if (limitFactor == 0) {
            return c.getTranslation("credit.collateral.cashOnly");
        }
        if (unsecuredShare >= 1) {
            return c.getTranslation("credit.collateral.notNeeded");
        }
        return c.getTranslation("credit.collateral.needed", percent(c, 1 - unsecuredShare));
    }

    static String ratioReason(Component c, String reason) {
        return c.getTranslation("ratio.reason." + (reason == null ? "notComputed" : reason));
    }

    /** "label … value" on one line, as the result and decision cards show their figures. */
    static com.vaadin.flow.component.html.Div line(Component c, String labelKey, Component value) {
        return com.creditwb.workbench.common.ui.Lines.line(c, labelKey, value);
    }

    static com.vaadin.flow.component.html.Div line(Component c, String labelKey, String value) {
        return line(c, labelKey, new Span(value));
    }
}
