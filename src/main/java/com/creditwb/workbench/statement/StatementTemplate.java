package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementType;
import com.creditwb.workbench.common.excel.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank import template, in Chinese or English: one sheet per statement, every line item of the
 * catalogue in statement order, current and prior columns, subtotals as formulas, and a heading for
 * the customer code, USCC, period end and unit that the import reads. A company that restyles it
 * puts its copy in {@code templates/} (file {@link #fileName}); that copy is served instead.
 */
public final class StatementTemplate {

    private StatementTemplate() {
    }

    public static String fileName(Locale locale) {
        return "statement-import-template_" + (isChinese(locale) ? "zh_CN" : "en") + ".xlsx";
    }

    /** The restyled copy in templates/ when there is one, else the generated template. */
    public static byte[] bytes(Locale locale) {
        return Templates.restyledOr(fileName(locale), () -> generate(locale));
    }

    public static byte[] generate(Locale locale) {
        boolean zh = isChinese(locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle subtotal = wb.createCellStyle();
            subtotal.cloneStyleFrom(amount);
            subtotal.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (StatementType type : StatementType.values()) {
                Sheet sheet = wb.createSheet(sheetName(type, zh));
                sheet.setColumnWidth(0, 52 * 256);
                sheet.setColumnWidth(1, 20 * 256);
                sheet.setColumnWidth(2, 20 * 256);
                text(sheet.createRow(0), 0, sheetName(type, zh), bold);
                Row code = sheet.createRow(1);
                text(code, 0, zh ? "客户代码：" : "Customer code:", null);
                Row uscc = sheet.createRow(2);
                text(uscc, 0, zh ? "统一社会信用代码：" : "Unified social credit code:", null);
                Row period = sheet.createRow(3);
                text(period, 0, zh ? "报表截止日（填日期）：" : "Period end (enter a date):", null);
                period.createCell(1).setCellStyle(date);
                text(sheet.createRow(4), 0, zh ? "单位：元" : "Unit: RMB", null);
                Row head = sheet.createRow(5);
                boolean balance = type == StatementType.BALANCE_SHEET;
                text(head, 0, zh ? "项目" : "Item", header);
                text(head, 1, zh ? (balance ? "期末余额" : "本期金额") : "Current year", header);
                text(head, 2, zh ? (balance ? "年初余额" : "上期金额") : "Prior year", header);
                List<LineItem> items = LineItem.of(type);
                for (int i = 0; i < items.size(); i++) {
                    LineItem item = items.get(i);
                    Row row = sheet.createRow(6 + i);
                    String label = zh ? item.chineseLabel() : item.englishLabel();
                    if (item.sign() == 0) {
                        label = (zh ? "其中：" : "Of which: ") + label;
                    }
                    text(row, 0, "  ".repeat(Math.max(0, item.depth() - 1)) + label, item.isSubtotal() ? bold : null);
                    for (int c = 1; c <= 2; c++) {
                        Cell cell = row.createCell(c);
                        if (item.isSubtotal()) {
                            cell.setCellFormula(formula(item, items, c));
                            cell.setCellStyle(subtotal);
                        } else {
                            cell.setCellStyle(amount);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subtotal as the signed sum of its components' cells, e.g. {@code B7+B8-B9}. */
    static String formula(LineItem item, List<LineItem> items, int column) {
        String col = String.valueOf((char) ('A' + column));
        return item.components().stream().map(c -> (c.sign() < 0 ? "-" : "+") + col + (7 + items.indexOf(c)))
                .collect(Collectors.joining()).replaceFirst("^\\+", "");
    }

    private static String sheetName(StatementType type, boolean zh) {
        return switch (type) {
            case BALANCE_SHEET -> zh ? "资产负债表" : "Balance Sheet";
            case INCOME_STATEMENT -> zh ? "利润表" : "Income Statement";
            case CASH_FLOW -> zh ? "现金流量表" : "Cash Flow Statement";
        };
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && com.creditwb.workbench.common.i18n.Locales.isChinese(locale);
    }
}
