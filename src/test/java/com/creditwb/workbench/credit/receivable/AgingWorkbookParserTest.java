package com.creditwb.workbench.credit.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.statement.SampleWorkbooks;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AgingWorkbookParserTest {

    static AgingWorkbookParser.Result parse(byte[] bytes) throws Exception {
        try (Workbook wb = SafeWorkbookReader.open(bytes)) {
            return new AgingWorkbookParser(wb).parse(wb);
        }
    }

    @Test
    void columns_are_found_by_header_in_any_order_with_dates_and_amounts_as_text() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("AR");
        SampleWorkbooks.row(s, 0, "截至：2026年1月31日");
        SampleWorkbooks.row(s, 2, "金额", "到期日期", "发票号码", "统一社会信用代码", "开票日期");
        SampleWorkbooks.row(s, 3, "1,234.50", "2026/02/15", "F-001", "911303007109016234", "2026-01-16");
        SampleWorkbooks.row(s, 4);
        SampleWorkbooks.row(s, 5, 800, "2026-03-01", 10002, "911303007109016234", "2026年1月30日");
        AgingWorkbookParser.Result r = parse(SampleWorkbooks.bytes(wb));
        assertThat(r.problems()).isEmpty();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(r.lines()).hasSize(2);
        AgingWorkbookParser.Line first = r.lines().get(0);
        assertThat(first.customerKey()).isEqualTo("911303007109016234");
        assertThat(first.amount()).isEqualByComparingTo("1234.50");
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(first.currency()).isEqualTo("CNY");
        assertThat(r.lines().get(1).invoiceNo()).isEqualTo("10002"); // a number cell read as the invoice number
        assertThat(r.lines().get(1).invoiceDate()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void a_sheet_without_the_columns_is_refused() throws Exception {
        Workbook wb = new XSSFWorkbook();
        SampleWorkbooks.row(wb.createSheet("x"), 0, "名称", "备注");
        assertThat(parse(SampleWorkbooks.bytes(wb)).problems()).extracting(p -> p.code()).containsExactly("aging.noHeader");
    }

    @Test
    void every_bad_cell_is_named() throws Exception {
        LocalDate d = LocalDate.of(2026, 1, 31);
        byte[] bytes = AgingWorkbooks.list(d, false,
                new Object[] {"C1", "A", d, d.minusDays(1), 10, "CNY"}, // due before invoice
                new Object[] {"C1", "A", d, d, 0, "CNY"}, // duplicate invoice, zero amount
                new Object[] {null, "B", d, d, 5, "XX1"}); // no customer, bad currency
        AgingWorkbookParser.Result r = parse(bytes);
        assertThat(r.problems()).extracting(p -> p.cell() + ":" + p.code()).containsExactlyInAnyOrder(
                "D4:aging.dueBeforeInvoice", "E5:aging.amountZero", "B5:aging.duplicateInvoice", "A6:aging.customerMissing",
                "F6:aging.badCurrency");
        assertThat(r.lines()).isEmpty();
    }

    @Test
    void the_blank_templates_import_cleanly_once_filled_in() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Workbook wb = SafeWorkbookReader.open(AgingTemplate.bytes(locale));
            Sheet s = wb.getSheetAt(0);
            s.getRow(1).getCell(1).setCellValue(LocalDate.of(2026, 6, 30));
            Row row = s.createRow(4);
            row.createCell(0).setCellValue("C00001");
            row.createCell(2).setCellValue("INV-9");
            row.createCell(3).setCellValue(LocalDate.of(2026, 6, 1));
            row.createCell(4).setCellValue(LocalDate.of(2026, 7, 1));
            row.createCell(5).setCellValue(99.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            AgingWorkbookParser.Result r = parse(out.toByteArray());
            assertThat(r.problems()).as(locale.toString()).isEmpty();
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(r.lines()).singleElement().satisfies(l -> {
                assertThat(l.customerKey()).isEqualTo("C00001");
                assertThat(l.amount()).isEqualByComparingTo(new BigDecimal("99.5"));
            });
        }
    }
}
