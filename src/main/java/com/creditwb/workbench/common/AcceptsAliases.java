package com.creditwb.workbench.common;

/**
 * An enumeration that the API also accepts by other names than its constants (a province by its GB/T 2260
 * code or its Chinese name, say): an error for an unknown value says so besides listing the constants.
 */
public interface AcceptsAliases {

    /** Thrown by such an enumeration's parser for a text that names none of its values. */
    final class UnknownValue extends IllegalArgumentException {
        private final String value;

        public UnknownValue(String value) {
            super("unknown value: " + value);
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
