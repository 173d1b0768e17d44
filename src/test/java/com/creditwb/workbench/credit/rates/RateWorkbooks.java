package com.creditwb.workbench.credit.rates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small exchange-rate lists for tests: a header row (币种, 日期, 汇率) and one rate per row. */
public final class RateWorkbooks {

    private RateWorkbooks() {
    }

    /** Each row: currency, date (text), rate (a number, or text as given). */
    public static byte[] list(Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("汇率");
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("币种");
            header.createCell(1).setCellValue("日期");
            header.createCell(2).setCellValue("汇率");
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(2 + i);
                for (int c = 0; c < rows[i].length; c++) {
                    Object v = rows[i][c];
                    if (v instanceof Number num) {
                        row.createCell(c).setCellValue(num.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
