package com.creditwb.workbench.statement.domain;

import com.creditwb.workbench.statement.ratio.AltmanZ;
import com.creditwb.workbench.statement.ratio.RatioResult;
import java.time.LocalDate;
import java.util.Map;

/** The ratios of one period and the Altman score (variant chosen from the customer's data, or overridden). */
public record RatioReport(LocalDate periodEnd, boolean averagedWithPrior, Map<String, RatioResult> ratios, AltmanZ.Result altman) {
}
