package com.creditwb.workbench.common.web;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every decimal the API reads is bounded before anything computes with it: at most {@link #MAX_SCALE}
 * decimal places and an absolute value below {@link #MAX} (10^15, a thousand trillion 元), so that
 * {@code 1e999999999} or {@code 1e-10000000} is a 400 naming the field, never a busy core or a 500.
 * Floating-point numbers must be finite. Registered for every JSON body the API reads.
 */
public final class BoundedDecimals {

    public static final BigDecimal MAX = new BigDecimal("1000000000000000");
    public static final int MAX_SCALE = 6;

    private BoundedDecimals() {
    }

    /** A number outside the bounds, with the message key and arguments that say which bound. */
    public static final class OutOfBounds extends RuntimeException {

        private final String messageKey;
        private final transient Object[] arguments;

        OutOfBounds(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments;
        }
    }

    /** Checks a decimal against the bounds; returns it unchanged. */
    public static BigDecimal check(BigDecimal value) {
        if (value == null) {
            return null;
        }
        // adjusted exponent first: cheap for any size, and refuses 1e999999999 without expanding it
        int magnitude = value.precision() - value.scale() - 1;
        if (value.signum() != 0 && magnitude >= 15) {
            throw new OutOfBounds("api.error.tooLargeNumber", "1,000,000,000,000,000");
        }
        if (value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new OutOfBounds("api.error.tooManyDecimals", MAX_SCALE);
        }
        return value;
    }

    static final class DecimalReader extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                String text = p.getString();
                try {
                    return check(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, p.getNumberValue(), "not a decimal");
                }
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getString().trim();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return check(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a decimal");
                }
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    static final class DoubleReader extends ValueDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    throw new OutOfBounds("api.error.outOfRange");
                }
                return d;
            }
            if (t == JsonToken.VALUE_STRING) {
                try {
                    double d = Double.parseDouble(p.getString().trim());
                    if (!Double.isFinite(d)) {
                        throw new OutOfBounds("api.error.outOfRange");
                    }
                    return d;
                } catch (NumberFormatException e) {
                    return (Double) ctxt.handleWeirdStringValue(Double.class, p.getString(), "not a number");
                }
            }
            return (Double) ctxt.handleUnexpectedToken(Double.class, p);
        }
    }

    /** The module that makes the API's JSON mapper read decimals and doubles this way. */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("bounded-numbers");
        m.addDeserializer(BigDecimal.class, new DecimalReader());
        m.addDeserializer(Double.class, new DoubleReader());
        m.addDeserializer(Double.TYPE, new DoubleReader());
        return m;
    }
}
