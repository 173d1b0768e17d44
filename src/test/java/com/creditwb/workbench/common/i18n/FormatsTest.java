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

    @Test
    void moments_show_in_the_workbench_zone_whatever_the_servers() {
        java.time.ZoneId before = Formats.zone();
        try {
            // 16:30 UTC is 00:30 the next day in Shanghai (UTC+8, no daylight saving)
            Formats.showIn(java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(Formats.dateTime(java.time.Instant.parse("2026-12-07T16:30:00Z"), java.util.Locale.SIMPLIFIED_CHINESE))
                    .startsWith("2026年12月8日").contains("00:30");
        } finally {
            Formats.showIn(before);
        }
    }
}
