package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.statement.domain.StatementType;

/**
 * A sheet that held a statement: which one, how it was found (by name or content), its layout
 * (labels and amounts side by side, or a single label column), the unit it states (1, 1,000 or
 * 10,000 元; {@code unitFound} false when none is written and 元 is assumed) and whether it has a
 * prior-period column.
 */
public record ParsedSheet(String name, StatementType type, boolean foundByName, boolean sideBySide, long unitFactor,
        boolean unitFound, boolean hasPrior) {
}
