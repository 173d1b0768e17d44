package com.creditwb.workbench.statement;

import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.creditwb.workbench.statement.ratio.RatioResult;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How ratios read on screen: percent, times or days per the locale; reasons and formulas translated. */
public final class RatioText {

    private static final Pattern CODE = Pattern.compile("\\b((?:BS|IS|CF)_[A-Z0-9_]+)\\b");

    private RatioText() {
    }

    public static String value(Component context, RatioResult r) {
        if (!r.meaningful()) {
            return context.getTranslation("ratio.notMeaningful");
        }
        return value(context, r.key(), r.value());
    }

    public static String value(Component context, String key, Double value) {
        if (value == null) {
            return "—";
        }
        Locale locale = Locales.current();
        return switch (RatioEngine.kind(key)) {
            case PERCENT -> {
                NumberFormat f = NumberFormat.getPercentInstance(locale);
                f.setMinimumFractionDigits(1);
                f.setMaximumFractionDigits(1);
                yield f.format(value);
            }
            case DAYS -> context.getTranslation("ratio.days", number(value, 1, locale));
            case TIMES -> number(value, 2, locale);
        };
    }

    public static String reason(Component context, RatioResult r) {
        return r.meaningful() ? "" : context.getTranslation("ratio.reason." + r.reason());
    }

    /** The formula with line-item codes replaced by their labels in the user's language. */
    public static String formula(Component context, String formula) {
        Matcher m = CODE.matcher(formula);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String label;
            try {
                label = context.getTranslation(LineItem.valueOf(m.group(1)).messageKey());
            } catch (IllegalArgumentException e) {
                label = m.group(1);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(label));
        }
        m.appendTail(b);
        String text = b.toString();
        for (String key : RatioEngine.KEYS) { // other ratios a formula builds on (DSO from the turnover)
            text = text.replaceAll("\\b" + key + "\\b", Matcher.quoteReplacement(context.getTranslation("ratio." + key)));
        }
        return text.replace("avg(", context.getTranslation("ratio.average") + "(")
                .replaceAll("\\bdays\\b", Matcher.quoteReplacement(context.getTranslation("ratio.daysInPeriod")));
    }

    /** An input's name: a line item (closing or opening balance, or average), or EBIT/days. */
    public static String input(Component context, String key) {
        String base = key;
        String suffix = "";
        if (key.startsWith("avg(") && key.endsWith(")")) {
            base = key.substring(4, key.length() - 1);
            suffix = " · " + context.getTranslation("ratio.average");
        } else if (key.endsWith(".prior")) {
            base = key.substring(0, key.length() - ".prior".length());
            suffix = " · " + context.getTranslation("ratio.priorPeriod");
        }
        try {
            return context.getTranslation(LineItem.valueOf(base).messageKey()) + suffix;
        } catch (IllegalArgumentException e) {
            return RatioEngine.KEYS.contains(base) ? context.getTranslation("ratio." + base)
                    : context.getTranslation("ratio.input." + base);
        }
    }

    public static String number(double value, int decimals, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
