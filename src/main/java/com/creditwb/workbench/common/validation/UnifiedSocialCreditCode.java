package com.creditwb.workbench.common.validation;

import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration
 * authority (1), organisation type (1), administrative division (6 digits), organisation code
 * (9, per GB 11714 with its own check character) and the check character (1).
 * Plain Java: no framework, unit-tested against published codes.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters GB 32100 allows (no I, O, S, V, Z). */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a code is not valid; each has a message key {@code validation.uscc.<name>}. */
    public enum Problem {
        LENGTH, CHARACTER, DIVISION, ORG_CHECK, CHECK;

        public String messageKey() {
            return "validation.uscc." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** The result of a check: the problem, if any, and the check character that was expected. */
    public record Result(Optional<Problem> problem, char expected) {
        public boolean valid() {
            return problem.isEmpty();
        }
    }

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        return check(code).valid();
    }

    public static Result check(String raw) {
        String code = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            return new Result(Optional.of(Problem.LENGTH), ' ');
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return new Result(Optional.of(Problem.CHARACTER), ' ');
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return new Result(Optional.of(Problem.DIVISION), ' ');
            }
        }
        char orgExpected = organisationCheckChar(code.substring(8, 16));
        if (code.charAt(16) != orgExpected) {
            return new Result(Optional.of(Problem.ORG_CHECK), orgExpected);
        }
        char expected = checkChar(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return new Result(Optional.of(Problem.CHECK), expected);
        }
        return new Result(Optional.empty(), expected);
    }

    /** GB 32100 check character for the first 17 characters. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** GB 11714 check character for an 8-character organisation code body. */
    public static char organisationCheckChar(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int value = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += value * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** Builds a valid code from its parts (used by demo data and tests). */
    public static String compose(char authority, char type, String division6, String orgBody8) {
        String first16 = "" + authority + type + division6 + orgBody8;
        String first17 = first16 + organisationCheckChar(orgBody8);
        return first17 + checkChar(first17);
    }
}
