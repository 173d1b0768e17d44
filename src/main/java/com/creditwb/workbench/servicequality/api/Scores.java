package com.creditwb.workbench.servicequality.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.servicequality.domain.Dimension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores as the API takes them (JSON numbers) turned into whole numbers: a fraction is an error at its place, never rounded. */
final class Scores {

    static final int MAX_ITEMS = 20;

    private Scores() {
    }

    static Map<Dimension, List<Integer>> whole(Map<Dimension, List<Double>> given, String field, List<ValidationException.FieldError> errors,
            Messages messages) {
        if (given == null) {
            return null;
        }
        Map<Dimension, List<Integer>> map = new EnumMap<>(Dimension.class);
        given.forEach((d, list) -> {
            if (d == null || list == null) {
                return;
            }
            if (list.size() > MAX_ITEMS) {
                errors.add(new ValidationException.FieldError(field + "." + d, messages.get("servqual.error.tooManyItems", MAX_ITEMS)));
                return;
            }
            List<Integer> whole = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Integer v = list.get(i) == null ? null : whole(list.get(i));
                if (v == null) {
                    errors.add(new ValidationException.FieldError(field + "." + d + "[" + i + "]", messages.get("servqual.error.scale")));
                }
                whole.add(v);
            }
            map.put(d, whole);
        });
        return map;
    }

    static Integer whole(Double v) {
        if (v == null || !Double.isFinite(v) || v != Math.rint(v) || Math.abs(v) > 1000) {
            return null;
        }
        return (int) Math.round(v);
    }
}
