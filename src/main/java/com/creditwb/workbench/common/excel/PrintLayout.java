package com.creditwb.workbench.common.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every exported document prints: A4, scaled to the page width (so a label and its value never land on different
 * pages), as many pages down as it needs, the table's header row repeated on each page, page numbers in the footer and —
 * for confidential documents — the mark in the header of every page. The one place that decides it, for templates a
 * company restyles and for lists alike.
 */
public final class PrintLayout {

    /** About how many characters of the default font fit across a portrait A4 page at full size. */
    static final int PORTRAIT_CHARACTERS = 110;

    private PrintLayout() {
    }

    /** The width of the used columns, in 1/256 of a character. */
    static long width(Sheet sheet) {
        int last = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        long width = 0;
        for (int c = 0; c < last; c++) {
            width += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c);
        }
        return width;
    }

    /**
     * @param headerRow the 0-based row to repeat on every page (the header of the sheet's first table), or -1
     * @param mark text for the centre of every page's header (a confidentiality mark), or null
     */
    public static void apply(Sheet sheet, int headerRow, String mark) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // a table wider than a portrait page prints across: scaled to the width it would be too small to read
        setup.setLandscape(width(sheet) > PORTRAIT_CHARACTERS * 256L);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        if (mark != null && !mark.isBlank()) {
            // '&' starts a header code in Excel: a literal one is written twice
            sheet.getHeader().setCenter(mark.replace("&", "&&"));
        }
        sheet.getFooter().setRight("&P / &N");
    }
}
