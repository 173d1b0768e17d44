package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.statement.SampleWorkbooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Filling a restyleable template: typed cells, repeated rows, text that is never a formula, and a moved marker followed. */
class TemplateFillerTest {

    record Action(String title, LocalDate due, BigDecimal budget) {
    }

    static final Map<String, Object> MODEL = Map.of(
            "plan", Map.of("customer", Map.of("name", "深圳华信电子科技有限公司"), "revenue", new BigDecimal("1234567.89"),
                    "share", new TemplateFiller.Percent(0.35), "review", LocalDate.of(2027, 3, 31), "note", "=HYPERLINK(\"http://x\")"),
            "actions", List.of(new Action("优先供货", LocalDate.of(2027, 1, 15), new BigDecimal("50000")),
                    new Action("安排企业领导访问", LocalDate.of(2027, 2, 1), new BigDecimal("20000")),
                    new Action("@SUM(A1)", LocalDate.of(2027, 3, 1), BigDecimal.ZERO)));

    static byte[] template() {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Plan");
        SampleWorkbooks.row(s, 0, "Key-account plan for ${plan.customer.name}");
        SampleWorkbooks.row(s, 1, "Revenue", "${plan.revenue}");
        SampleWorkbooks.row(s, 2, "Share of wallet", "${plan.share}");
        SampleWorkbooks.row(s, 3, "Next review", "${plan.review}");
        SampleWorkbooks.row(s, 4, "Note", "${plan.note}");
        SampleWorkbooks.row(s, 6, "Action", "Due", "Budget");
        SampleWorkbooks.row(s, 7, "${actions[].title}", "${actions[].due}", "${actions[].budget}");
        SampleWorkbooks.row(s, 8, "Total budget");
        return SampleWorkbooks.bytes(wb);
    }

    @Test
    void markers_become_typed_cells_and_a_list_row_repeats() {
        Workbook out = SafeWorkbookReader.open(TemplateFiller.fill(template(), MODEL));
        Sheet s = out.getSheet("Plan");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Key-account plan for 深圳华信电子科技有限公司");
        assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234567.89);
        assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.35);
        assertThat(s.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(DateUtil.isCellDateFormatted(s.getRow(3).getCell(1))).isTrue();
        assertThat(s.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        // three actions: rows 7, 8, 9; the total moved down to row 10
        assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("优先供货");
        assertThat(s.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(20000.0);
        assertThat(DateUtil.isCellDateFormatted(s.getRow(8).getCell(1))).isTrue();
        assertThat(s.getRow(10).getCell(0).getStringCellValue()).isEqualTo("Total budget");
    }

    @Test
    void every_sheet_prints_on_a4_to_the_page_width_with_the_table_header_repeated_and_the_mark_on_every_page() {
        Workbook out = SafeWorkbookReader.open(TemplateFiller.fill(template(), MODEL, "机密 — 张客 Zhang Ke & Co"));
        Sheet s = out.getSheet("Plan");
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(s.getFitToPage()).isTrue();
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(s.getPrintSetup().getFitHeight()).as("as many pages down as needed").isEqualTo((short) 0);
        // the header of the actions table (row 7 in Excel's numbering) repeats on every printed page
        assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(6);
        assertThat(s.getRepeatingRows().getLastRow()).isEqualTo(6);
        assertThat(s.getHeader().getCenter()).isEqualTo("机密 — 张客 Zhang Ke && Co");
        assertThat(s.getPrintSetup().getLandscape()).as("three narrow columns fit a portrait page").isFalse();
        // a table of 12 columns 20 characters wide (240 characters) prints across the page
        Workbook wide = new XSSFWorkbook();
        Sheet w = wide.createSheet("Wide");
        for (int c = 0; c < 12; c++) {
            w.setColumnWidth(c, 20 * 256);
        }
        SampleWorkbooks.row(w, 0, "${rows[].a}", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        Sheet filled = SafeWorkbookReader.open(TemplateFiller.fill(SampleWorkbooks.bytes(wide), Map.of("rows", List.of()))).getSheet("Wide");
        assertThat(filled.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void text_that_looks_like_a_formula_stays_text() {
        Workbook out = SafeWorkbookReader.open(TemplateFiller.fill(template(), MODEL));
        Sheet s = out.getSheet("Plan");
        assertThat(s.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(s.getRow(4).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(s.getRow(9).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(9).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void a_restyled_template_with_moved_and_recoloured_cells_is_followed() throws Exception {
        Workbook wb = SafeWorkbookReader.open(template());
        Sheet s = wb.getSheet("Plan");
        // the company moves the revenue to column D of row 2 and paints it yellow
        s.getRow(1).getCell(1).setBlank();
        var style = wb.createCellStyle();
        style.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        s.getRow(1).createCell(3).setCellValue("${plan.revenue}");
        s.getRow(1).getCell(3).setCellStyle(style);
        java.io.ByteArrayOutputStream restyled = new java.io.ByteArrayOutputStream();
        wb.write(restyled);

        Sheet out = SafeWorkbookReader.open(TemplateFiller.fill(restyled.toByteArray(), MODEL)).getSheet("Plan");
        assertThat(out.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1234567.89);
        assertThat(out.getRow(1).getCell(3).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.YELLOW.getIndex());
        assertThat(out.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    @Test
    void an_empty_list_leaves_its_row_blank_and_nothing_moves() {
        Map<String, Object> none = new java.util.HashMap<>(MODEL);
        none.put("actions", List.of());
        Sheet s = SafeWorkbookReader.open(TemplateFiller.fill(template(), none)).getSheet("Plan");
        assertThat(s.getRow(7).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Total budget");
    }
}
