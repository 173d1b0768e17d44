package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.statement.SampleWorkbooks;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Aging lists built in code: a heading with the as-of date, a header row, one invoice per row. */
public final class AgingWorkbooks {

    private AgingWorkbooks() {
    }

    /** Rows of {customer, invoice, invoice date, due date, amount, currency}; dates as LocalDate or text. */
    public static byte[] list(LocalDate asOf, boolean chinese, Object[]... rows) {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(chinese ? "应收账款账龄" : "Aging");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(chinese ? "截至日期" : "As of");
        if (asOf != null) {
            title.createCell(1).setCellValue(asOf);
            title.getCell(1).setCellStyle(date);
        }
        SampleWorkbooks.row(sheet, 2, chinese
                ? new Object[] {"客户编码", "发票号", "开票日期", "到期日", "金额", "币种"}
                : new Object[] {"Customer code", "Invoice no.", "Invoice date", "Due date", "Amount", "Currency"});
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(3 + i);
            for (int c = 0; c < rows[i].length; c++) {
                Object v = rows[i][c];
                if (v instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(date);
                } else if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        return SampleWorkbooks.bytes(wb);
    }

    /**
     * A large aging list written row by row (SXSSF, inline strings): {@code rows} invoices of 100.00 each, spread
     * over the customers in turn, invoiced 30 days before the as-of date and due 10 days before it.
     */
    public static byte[] large(LocalDate asOf, java.util.List<String> customers, int rows) {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Aging");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("As of");
            title.createCell(1).setCellValue(asOf);
            title.getCell(1).setCellStyle(date);
            Row header = sheet.createRow(2);
            String[] names = {"Customer code", "Invoice no.", "Invoice date", "Due date", "Amount", "Currency"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue(customers.get(i % customers.size()));
                row.createCell(1).setCellValue("INV-" + i);
                row.createCell(2).setCellValue(asOf.minusDays(30));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(asOf.minusDays(10));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(100.0);
                row.createCell(5).setCellValue("CNY");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
