package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.common.excel.CellReader.Written;
import com.creditwb.workbench.statement.domain.LineItem;
import java.math.BigDecimal;

/**
 * One labelled line found in a sheet: where it is, the label as written, the item it was recognised
 * as (null when not recognised) and its amounts in the sheet's unit for the current and prior
 * period (null when blank, zero for a dash), with how each was written (a number, a number typed as
 * text, a dash; null when blank). Cells are Excel addresses such as {@code C12}.
 */
public record ParsedLine(String sheet, String labelCell, String label, LineItem item, BigDecimal current,
        String currentCell, BigDecimal prior, String priorCell, long unitFactor, Written currentWritten, Written priorWritten) {

    public ParsedLine(String sheet, String labelCell, String label, LineItem item, BigDecimal current, String currentCell,
            BigDecimal prior, String priorCell, long unitFactor) {
        this(sheet, labelCell, label, item, current, currentCell, prior, priorCell, unitFactor,
                current == null ? null : Written.NUMBER, prior == null ? null : Written.NUMBER);
    }

    public boolean recognised() {
        return item != null;
    }

    /** "利润表!A20": where the label is. */
    public String place() {
        return sheet + "!" + labelCell;
    }

    public ParsedLine withItem(LineItem newItem) {
        return new ParsedLine(sheet, labelCell, label, newItem, current, currentCell, prior, priorCell, unitFactor,
                currentWritten, priorWritten);
    }
}
