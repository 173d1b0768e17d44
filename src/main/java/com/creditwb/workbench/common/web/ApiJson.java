package com.creditwb.workbench.common.web;

/** The few bits of JSON the API writes by hand (in filters, before a controller and its mapper are reached). */
public final class ApiJson {

    private ApiJson() {
    }

    /** A JSON string literal of the text. */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@code {"message": "…"}}, the API's error shape for problems of no single field. */
    public static String message(String text) {
        return "{\"message\":" + quote(text) + "}";
    }
}
