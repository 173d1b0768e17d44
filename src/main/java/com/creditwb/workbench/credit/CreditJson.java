package com.creditwb.workbench.credit;


/** The one JSON form of the scoring model, assessment inputs and frozen snapshots. */
public final class CreditJson {

    private CreditJson() {
    }

    public static String write(Object value) {
        return com.creditwb.workbench.common.Json.write(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return com.creditwb.workbench.common.Json.read(json, type);
    }
}
