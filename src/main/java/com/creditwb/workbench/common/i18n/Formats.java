package com.creditwb.workbench.common.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Locale-aware display of amounts, numbers and dates. */
public final class Formats {

    private Formats() {
    }

    /** Money in 元 with thousands separators and two decimals, e.g. 1,234,567.80. */
    public static String amount(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * The zone moments are shown in: the workbench's, where its clock decides "today" (set from the application's
     * clock when it starts), whatever zone the server runs in.
     */
    private static volatile ZoneId zone = ZoneId.of("UTC");

    /** Shows moments in the zone of the application's clock. */
    public static void showIn(ZoneId workbenchZone) {
        zone = workbenchZone;
    }

    /** The zone moments are shown in. */
    public static ZoneId zone() {
        return zone;
    }

    /** A moment as date and time in the workbench's zone. */
    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, locale, zone);
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }

    /** A share as a percentage (0.253 → 25.3 %), empty for null. */
    public static String percent(Double share, Locale locale) {
        if (share == null) {
            return "";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** A number with the given decimals, empty for null. */
    public static String decimal(Double value, Locale locale, int digits) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }
}
