package com.creditwb.workbench.alliance.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** Scores by enum constant stored as text ("MUTUAL_NEED=4;CULTURE=2"), readable in the audit log as it is. */
public final class Scores {

    private Scores() {
    }

    public static <E extends Enum<E>> String encode(Map<E, Integer> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(";");
        new java.util.TreeMap<>(scores).forEach((k, v) -> j.add(k.name() + "=" + v));
        return j.toString();
    }

    public static <E extends Enum<E>> Map<E, Integer> decode(Class<E> type, String text) {
        Map<E, Integer> scores = new EnumMap<>(type);
        if (text == null || text.isBlank()) {
            return scores;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                scores.put(Enum.valueOf(type, part.substring(0, eq)), Integer.valueOf(part.substring(eq + 1)));
            }
        }
        return scores;
    }
}
