package com.creditwb.workbench.keyaccount.importing;

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
import org.springframework.context.MessageSource;

/**
 * The blank account-economics template (zh, en): one header row with the columns the import reads, labelled
 * from the message bundles. A restyled copy in templates/ is served instead when there is one.
 */
public final class EconomicsTemplate {

    static final List<String> COLUMNS = List.of("keyaccount.xlsx.customerCode", "keyaccount.economics.year", "keyaccount.economics.revenue",
            "keyaccount.economics.costOfGoods", "keyaccount.economics.variableCostToServe", "keyaccount.economics.fixedCostToServe",
            "keyaccount.economics.shareOfWallet", "keyaccount.economics.purchasesPerYear", "keyaccount.economics.yearsAsCustomer");

    private EconomicsTemplate() {
    }

    public static String fileName(Locale locale) {
        return "economics-import-template_" + com.creditwb.workbench.common.i18n.Locales.fileSuffix(locale) + ".xlsx";
    }

    public static byte[] bytes(MessageSource messages, Locale locale) {
        return Templates.restyledOr(fileName(locale), () -> generate(messages, locale));
    }

    public static byte[] generate(MessageSource messages, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = wb.createSheet(messages.getMessage("keyaccount.economics.title", null, locale));
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(messages.getMessage(COLUMNS.get(c), null, locale));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, 18 * 256);
                if (c >= 2 && c <= 5) {
                    sheet.setDefaultColumnStyle(c, amount);
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
