package com.creditwb.workbench.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void amounts_have_thousands_separators_and_two_decimals_in_both_languages() {
        assertThat(Formats.amount(new BigDecimal("1234567.8"), Locale.ENGLISH)).isEqualTo("1,234,567.80");
        assertThat(Formats.amount(new BigDecimal("1234567.8"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,234,567.80");
        assertThat(Formats.amount(new BigDecimal("-0.005"), Locale.ENGLISH)).isEqualTo("-0.01");
        assertThat(Formats.amount(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void dates_follow_the_locale() {
        LocalDate date = LocalDate.of(2026, 3, 9);
        assertThat(Formats.date(date, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年3月9日");
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("Mar 9, 2026");
    }

    @Test
    void any_chinese_locale_maps_to_simplified_chinese_and_everything_else_to_english() {
        assertThat(Locales.supported(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locales.CHINESE);
        assertThat(Locales.supported(Locale.GERMAN)).isEqualTo(Locales.ENGLISH);
        assertThat(Locales.parse("zh-CN")).isEqualTo(Locales.CHINESE);
    }
}
