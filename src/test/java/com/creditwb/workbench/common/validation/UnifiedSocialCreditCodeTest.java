package com.creditwb.workbench.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    /**
     * Codes published on the national enterprise credit information system and in the companies'
     * own annual reports and business licences.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "914403001922038216", // 华为技术有限公司
        "91440300708461136T", // 深圳市腾讯计算机系统有限公司
        "91110108551385082Q", // 小米科技有限责任公司
        "91440300192317458F", // 比亚迪股份有限公司
        "91330100716105852F", // 阿里巴巴（中国）有限公司
    })
    void published_codes_are_valid(String code) {
        assertThat(UnifiedSocialCreditCode.check(code).problem()).isEmpty();
    }

    @Test
    void lower_case_and_surrounding_spaces_are_accepted_as_the_same_code() {
        assertThat(UnifiedSocialCreditCode.isValid(" 91440300708461136t ")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // a changed last character: GB 32100 check fails and names the right one
        "914403001922038217, CHECK, 6",
        "91440300708461136X, CHECK, T",
        // a changed organisation-code digit: GB 11714 check (character 17) fails first
        "914403001922038316, ORG_CHECK, X",
        "91110108551385083Q, ORG_CHECK, 2",
    })
    void mutated_codes_name_the_failing_check_and_the_expected_character(String code, Problem problem, char expected) {
        UnifiedSocialCreditCode.Result result = UnifiedSocialCreditCode.check(code);
        assertThat(result.problem()).contains(problem);
        assertThat(result.expected()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "91440300192317458, LENGTH",
        "9144030019223174580, LENGTH",
        "91440300192317458I, CHARACTER",   // I is not in the GB 32100 character set
        "9144030O192317458F, CHARACTER",   // O neither
        "91A40300192317458F, DIVISION",    // characters 3–8 are the division code: digits only
    })
    void malformed_codes_are_refused(String code, Problem problem) {
        assertThat(UnifiedSocialCreditCode.check(code).problem()).contains(problem);
    }

    @Test
    void check_characters_follow_the_published_weights() {
        // Huawei 914403001922038216, worked by hand:
        // GB 11714 on the organisation code body 19220382 with weights 3,7,9,10,5,8,4,2: sum 164,
        //   11 − 164 mod 11 = 11 − 10 = 1 → '1' (the licence shows 19220382-1);
        // GB 32100 on the first 17 characters with weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28: sum 831,
        //   31 − 831 mod 31 = 31 − 25 = 6 → '6'.
        assertThat(UnifiedSocialCreditCode.organisationCheckChar("19220382")).isEqualTo('1');
        assertThat(UnifiedSocialCreditCode.checkChar("91440300192203821")).isEqualTo('6');
        // Alibaba (China) 91330100716105852F: body 71610585, sum 174, 11 − 174 mod 11 = 2
        assertThat(UnifiedSocialCreditCode.organisationCheckChar("71610585")).isEqualTo('2');
    }

    @Test
    void composed_codes_pass_both_checks() {
        String code = UnifiedSocialCreditCode.compose('9', '1', "440300", "MA5F1234");
        assertThat(code).hasSize(18).startsWith("91440300MA5F1234");
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }
}
