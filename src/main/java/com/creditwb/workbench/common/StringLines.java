package com.creditwb.workbench.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of single-line texts (invoice numbers, user names, contact ids) stored as one column, one per line: the
 * services refuse any element holding a line break (they are checked against what exists before they are stored).
 */
@Converter
public class StringLines implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split("\n")));
    }
}
