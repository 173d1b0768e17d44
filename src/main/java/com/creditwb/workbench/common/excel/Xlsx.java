package com.creditwb.workbench.common.excel;

/** The media type of an .xlsx workbook, for downloads and API answers alike. */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }
}
