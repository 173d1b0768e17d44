package com.creditwb.workbench.keyaccount.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the key-account plan workbook's negotiations sheet lists: contributed by a feature above (negotiations),
 * so that key accounts do not depend on it. Only the customer's negotiations the exporting user may open.
 */
public interface PlanNegotiations {

    /** One negotiation as the sheet shows it (labels already in the export's language). */
    record Row(LocalDate date, String subject, String stage, String outcome) {
    }

    List<Row> forCustomer(Long customerId, Locale locale);
}
