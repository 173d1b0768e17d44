package com.creditwb.workbench.credit.receivable;

import com.creditwb.workbench.common.excel.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank accounts-receivable aging template (zh, en): the as-of date on top, then the columns the
 * import reads. A restyled copy in templates/ is served instead when there is one.
 */
public final class AgingTemplate {

    private AgingTemplate() {
    }

    public static String fileName(Locale locale) {
        return "aging-import-template_" + (zh(locale) ? "zh_CN" : "en") + ".xlsx";
    }

    public static byte[] bytes(Locale locale) {
        return Templates.restyledOr(fileName(locale), () -> generate(locale));
    }

    public static byte[] generate(Locale locale) {
        boolean zh = zh(locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = wb.createSheet(zh ? "应收账款账龄" : "Receivables aging");
            Row r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue(zh ? "应收账款账龄表" : "Accounts receivable aging list");
            r0.getCell(0).setCellStyle(title);
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(zh ? "截至日期" : "As of");
            r1.createCell(1).setCellStyle(date);
            List<String> columns = zh ? List.of("客户编码", "统一社会信用代码", "发票号", "开票日期", "到期日", "金额", "币种")
                    : List.of("Customer code", "USCC", "Invoice no.", "Invoice date", "Due date", "Amount", "Currency");
            Row head = sheet.createRow(3);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 ? 24 : 16) * 256);
            }
            sheet.setDefaultColumnStyle(3, date);
            sheet.setDefaultColumnStyle(4, date);
            sheet.setDefaultColumnStyle(5, amount);
            sheet.createFreezePane(0, 4);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean zh(Locale locale) {
        return locale != null && com.creditwb.workbench.common.i18n.Locales.isChinese(locale);
    }
}
