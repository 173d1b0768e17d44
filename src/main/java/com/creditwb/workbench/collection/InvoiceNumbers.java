package com.creditwb.workbench.collection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * The invoice numbers a promise, dispute, write-off or letter names, stored as one column, one number per line (an
 * invoice number holds no line break: the item check refuses any that is not an open item's).
 */
@Converter
class InvoiceNumbers implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> numbers) {
        return numbers == null ? "" : String.join("\n", numbers);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split("\n")));
    }
}
