package com.creditwb.workbench.statement.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The amounts of one period's statements in 元, by line item. An item that is present but blank
 * holds zero; an absent item is not in the map.
 */
public record StatementValues(Map<LineItem, BigDecimal> amounts) {

    public StatementValues {
        EnumMap<LineItem, BigDecimal> copy = new EnumMap<>(LineItem.class);
        copy.putAll(amounts);
        amounts = Collections.unmodifiableMap(copy);
    }

    public boolean has(LineItem item) {
        return amounts.containsKey(item);
    }

    /** The amount, or null when the item is absent. */
    public BigDecimal get(LineItem item) {
        return amounts.get(item);
    }

    /** The amount, zero when absent. */
    public BigDecimal orZero(LineItem item) {
        return amounts.getOrDefault(item, BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
