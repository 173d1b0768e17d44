package com.creditwb.workbench.common.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Building blocks of the standard export templates (filled by {@link TemplateFiller}): a sheet with a title,
 * label/value pairs and tables of one repeating row, all as markers — {@code ${t.key}} for a label in the
 * export's language, {@code ${path}} for a value. Style kinds: "a" amount, "p" percent, "d" date, "n" number,
 * anything else wrapped text.
 */
public final class TemplateSheets {

    private TemplateSheets() {
    }

    public static final class Styles {
        public final CellStyle title;
        public final CellStyle label;
        public final CellStyle header;
        public final CellStyle text;
        public final CellStyle amount;
        public final CellStyle percent;
        public final CellStyle date;
        public final CellStyle number;

        public Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        }

        public CellStyle of(String kind) {
            return switch (kind) {
                case "a" -> amount;
                case "p" -> percent;
                case "d" -> date;
                case "n" -> number;
                default -> text;
            };
        }
    }

    /** A label/value list: each entry is {label marker, value marker, style kind}. */
    public static int pairs(Sheet sheet, Styles s, int row, List<String[]> entries) {
        for (String[] e : entries) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue("${t." + e[0] + "}");
            r.getCell(0).setCellStyle(s.label);
            r.createCell(1).setCellValue("${" + e[1] + "}");
            r.getCell(1).setCellStyle(s.of(e.length > 2 ? e[2] : "t"));
        }
        return row;
    }

    /** A table: a header row of label markers and one repeating row of {@code list[].field} markers. */
    public static int table(Sheet sheet, Styles s, int row, String list, List<String[]> columns) {
        Row head = sheet.createRow(row++);
        Row body = sheet.createRow(row++);
        for (int c = 0; c < columns.size(); c++) {
            String[] col = columns.get(c);
            head.createCell(c).setCellValue("${t." + col[0] + "}");
            head.getCell(c).setCellStyle(s.header);
            body.createCell(c).setCellValue("${" + list + "[]." + col[1] + "}");
            body.getCell(c).setCellStyle(s.of(col.length > 2 ? col[2] : "t"));
        }
        return row;
    }

    public static Sheet sheet(XSSFWorkbook wb, Styles s, String nameKey, String titleMarker, int[] widths) {
        Sheet sheet = wb.createSheet("${t." + nameKey + "}");
        Row r = sheet.createRow(0);
        r.createCell(0).setCellValue(titleMarker);
        r.getCell(0).setCellStyle(s.title);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

}
