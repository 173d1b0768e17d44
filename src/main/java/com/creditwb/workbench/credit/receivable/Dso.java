package com.creditwb.workbench.credit.receivable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * Days sales outstanding (销售变现天数, SPEC §1) = receivables / credit sales × days in the period.
 *
 * @param source where the credit sales came from: the invoices of the imported aging lists, or the
 *     customer's statements (revenue × days / 365) when no invoices fall in the period
 * @param value null when there were no credit sales to divide by
 */
public record Dso(LocalDate asOf, int days, BigDecimal receivables, BigDecimal creditSales, Source source, Double value) {

    public enum Source {
        INVOICES, STATEMENTS, NONE;

        public String messageKey() {
            return "dso.source." + name();
        }
    }

    public static Dso of(LocalDate asOf, int days, BigDecimal receivables, BigDecimal creditSales, Source source) {
        Double value = creditSales == null || creditSales.signum() <= 0 ? null
                : receivables.divide(creditSales, MathContext.DECIMAL64).doubleValue() * days;
        return new Dso(asOf, days, receivables, creditSales, creditSales == null ? Source.NONE : source, value);
    }
}
