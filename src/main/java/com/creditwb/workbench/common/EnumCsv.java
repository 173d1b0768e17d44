package com.creditwb.workbench.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum constants kept in one text column as their names, sorted and comma-separated ("LEGAL,FINANCE"). */
public final class EnumCsv {

    private EnumCsv() {
    }

    public static <E extends Enum<E>> Set<E> read(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (csv != null) {
            Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }

    /** The names sorted, or null for none. */
    public static String write(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
