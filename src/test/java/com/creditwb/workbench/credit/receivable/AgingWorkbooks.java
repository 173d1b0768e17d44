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
}
