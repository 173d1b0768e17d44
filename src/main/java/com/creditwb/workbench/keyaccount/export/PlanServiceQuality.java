package com.creditwb.workbench.keyaccount.export;

import java.util.Locale;

/**
 * The service-quality figures the key-account plan shows (page and workbook): contributed by the feature above
 * (service quality), so that key accounts do not depend on it. Only what the user may read of the customer.
 */
public interface PlanServiceQuality {

    /**
     * The latest scored round (its title, SERVQUAL, CSI, NPS), the CSI trend over the rounds as text ("62.1 → 70.4"),
     * and the complaints still open and those of them past their target.
     */
    record Figures(String round, Double servqual, Double csi, Double nps, String csiTrend, long openComplaints, long overdueComplaints) {
    }

    /** The figures, or null when the user may not see them or there are none. */
    Figures forCustomer(Long customerId, Locale locale);
}
