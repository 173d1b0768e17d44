package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A list exported as shown: typed cells, text never a formula, any number of rows streamed. */
class ListExportTest {

    record Line(String name, BigDecimal amount, Integer days, LocalDate date, Double share) {
    }

    @Test
    void cells_are_typed_and_formula_like_text_stays_text() throws Exception {
        List<ListExport.Column<Line>> columns = List.of(
                new ListExport.Column<>("Name", ListExport.Kind.TEXT, Line::name),
                new ListExport.Column<>("Open", ListExport.Kind.AMOUNT, Line::amount),
                new ListExport.Column<>("Days", ListExport.Kind.INTEGER, Line::days),
                new ListExport.Column<>("Date", ListExport.Kind.DATE, Line::date),
                new ListExport.Column<>("Share", ListExport.Kind.PERCENT, Line::share));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Line> lines = List.of(new Line("=HYPERLINK(\"x\")", new BigDecimal("1234567.89"), 45, LocalDate.of(2026, 11, 30), 0.253),
                new Line("普通公司", null, null, null, null));
        long[] written = {0};
        ListExport.write("Credit alerts", columns, lines.iterator(), n -> written[0] = n, out);
        assertThat(written[0]).isEqualTo(2);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Credit alerts");
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Open");
            Row first = s.getRow(3);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(45.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.253);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).contains("%");
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("普通公司");
        }
    }

    @Test
    void a_large_list_is_written_as_its_items_are_read_never_gathered_first() throws Exception {
        List<ListExport.Column<Integer>> columns = List.of(new ListExport.Column<>("N", ListExport.Kind.INTEGER, n -> n));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Iterator<Integer> items = IntStream.range(0, 50_000).peek(n -> read.incrementAndGet()).boxed().iterator();
        java.util.concurrent.atomic.AtomicInteger aheadAtMost = new java.util.concurrent.atomic.AtomicInteger();
        // after each row written, the list has been read no further than that row (plus the iterator's one look-ahead)
        ListExport.write("Numbers", columns, items, rows -> aheadAtMost.accumulateAndGet((int) (read.get() - rows), Math::max), out);
        assertThat(aheadAtMost.get()).isLessThanOrEqualTo(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 49_999);
            assertThat(wb.getSheetAt(0).getRow(3 + 49_999).getCell(0).getNumericCellValue()).isEqualTo(49_999.0);
        }
    }
}
