package com.creditwb.workbench.common.validation;

/**
 * Text fit for a name or a line of an address: no control characters (NUL, line breaks, escape …) and no
 * bidirectional overrides or marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which would
 * let a name display as something else than it is ("Trojan Source"). Used with Bean Validation's {@code @Pattern}.
 */
public final class PlainText {

    public static final String REGEX = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]*";

    private PlainText() {
    }

    /** Text as kept: stripped, or null when nothing but blanks was given. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static boolean isPlain(String text) {
        return text == null || text.matches(REGEX);
    }

    /** The same for a text of several lines: line breaks and tabs allowed (a loop, no regex backtracking on long texts). */
    public static boolean isPlainMultiline(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
            boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (control || bidi) {
                return false;
            }
        }
        return true;
    }
}
