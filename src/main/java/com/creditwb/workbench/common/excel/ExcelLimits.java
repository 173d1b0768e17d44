package com.creditwb.workbench.common.excel;

/**
 * What an uploaded workbook may be and what reading it may cost: its size on disk, what it may expand to, the
 * smallest compressed/expanded ratio (below it the file is treated as a zip bomb), the rows a sheet may have, the
 * entries of its shared-strings table, the cells the reader may visit and the seconds of CPU it may spend. Each kind
 * of file has its own limits and words them for itself ({@code kind} names the message: {@code excel.tooManyRows.aging}).
 * {@code streamed}: an .xlsx is read row by row as it is unzipped (aging lists and rate tables of tens of thousands of
 * rows) instead of being built in memory whole.
 */
public record ExcelLimits(String kind, long maxBytes, long maxExpandedBytes, double minInflateRatio, int maxRowsPerSheet,
        int maxStrings, long maxCells, int cpuSeconds, boolean streamed) {

    /** Statements: 10 MB, 60 MB expanded, ratio 1 %, 5,000 rows a sheet, 100,000 strings, 500,000 cells, 10 s of CPU. */
    public static final ExcelLimits STATEMENTS = new ExcelLimits("statement", 10L << 20, 60L << 20, 0.01, 5_000, 100_000, 500_000, 10,
            false);

    /** Account economics by year: as statements, worded for their own file. */
    public static final ExcelLimits ECONOMICS = new ExcelLimits("economics", 10L << 20, 60L << 20, 0.01, 5_000, 100_000, 500_000, 10,
            false);

    /** Rows above a list's data: its title, as-of date and header. */
    public static final int HEADING_ROWS = 100;

    /** An aging list: tens of thousands of open items — 200,000 and its heading, read streamed; 25 MB, 60 s of CPU. */
    public static final ExcelLimits AGING = new ExcelLimits("aging", 25L << 20, 600L << 20, 0.005, 200_000 + HEADING_ROWS, 1_000_000, 3_000_000, 60,
            true);

    /** Exchange rates: a currency a day for years — 200,000 rates and their heading, read streamed. */
    public static final ExcelLimits RATES = new ExcelLimits("rates", 25L << 20, 600L << 20, 0.005, 200_000 + HEADING_ROWS, 1_000_000, 3_000_000, 60,
            true);

    /** Templates and anything else the workbench opens: as statements. */
    public static final ExcelLimits DEFAULT = new ExcelLimits("workbook", 10L << 20, 60L << 20, 0.01, 5_000, 100_000, 500_000, 10, false);

    /** The message key for a limit of this kind of file, e.g. {@code excel.tooManyRows.aging}. */
    public String key(String limit) {
        return limit + "." + kind;
    }
}
