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

    public static boolean isPlain(String text) {
        return text == null || text.matches(REGEX);
    }
}
