package com.creditwb.workbench.common.excel;

/**
 * What an uploaded workbook may be: its size on disk, what it may expand to, the smallest
 * compressed/expanded ratio (below it the file is treated as a zip bomb) and the rows a sheet may have.
 */
public record ExcelLimits(long maxBytes, long maxExpandedBytes, double minInflateRatio, int maxRowsPerSheet) {

    /** Statements and templates: 10 MB, 60 MB expanded, ratio 1 %, 5,000 rows a sheet. */
    public static final ExcelLimits DEFAULT = new ExcelLimits(10L << 20, 60L << 20, 0.01, 5_000);
}
