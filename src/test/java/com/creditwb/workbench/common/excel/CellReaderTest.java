package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Formulas: the value saved with the file when it has one, evaluated when it has none or asks to be recalculated. */
class CellReaderTest {

    /** A1 = 1, A2 = A1*2; optionally evaluated (value 2 saved) and then A1 changed to 5 without recalculating. */
    static Workbook written(boolean evaluate, boolean forceRecalculation) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(1);
            wb.getSheet("s").createRow(1).createCell(0).setCellFormula("A1*2");
            if (evaluate) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                row.getCell(0).setCellValue(5);
            }
            wb.setForceFormulaRecalculation(forceRecalculation);
            wb.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    static Cell a2(Workbook wb) {
        return wb.getSheet("s").getRow(1).getCell(0);
    }

    @Test
    void a_formula_saved_without_its_value_is_evaluated() throws Exception {
        try (Workbook wb = written(false, false)) {
            assertThat(new CellReader(wb).amount(a2(wb))).isEqualByComparingTo("2"); // 1 × 2
        }
    }

    @Test
    void a_formula_with_its_saved_value_reads_as_the_workbook_shows_it() throws Exception {
        try (Workbook wb = written(true, false)) {
            // saved as 2 (1 × 2) before A1 became 5: Excel shows 2 until it recalculates, and so does the import
            assertThat(new CellReader(wb).amount(a2(wb))).isEqualByComparingTo("2");
        }
    }

    @Test
    void a_workbook_marked_for_recalculation_is_evaluated() throws Exception {
        try (Workbook wb = written(true, true)) {
            assertThat(new CellReader(wb).amount(a2(wb))).isEqualByComparingTo("10"); // 5 × 2
        }
    }

    @Test
    void dashes_and_text_numbers_say_how_they_were_written() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue("—");
            row.createCell(1).setCellValue("（1,234.50）");
            row.createCell(2).setCellValue(7);
            CellReader reader = new CellReader(wb);
            assertThat(reader.read(row.getCell(0))).isEqualTo(new CellReader.Amount(java.math.BigDecimal.ZERO, CellReader.Written.DASH));
            assertThat(reader.amount(row.getCell(0))).as("a dash is no amount where one may be left out").isNull();
            assertThat(reader.read(row.getCell(1)).value()).isEqualByComparingTo("-1234.50");
            assertThat(reader.read(row.getCell(1)).written()).isEqualTo(CellReader.Written.TEXT);
            assertThat(reader.read(row.getCell(2)).written()).isEqualTo(CellReader.Written.NUMBER);
            assertThat(reader.read(row.createCell(3))).isNull();
        }
    }

    /**
     * S!A1 holds "1,2OO" (letters O, typed by hand), A2 = 5, A3 = A1+A2, A4 = A3*2, A5 = LOG10(A1); T!B1 = S!A3+1.
     * Saved with the values Excel shows: #VALUE! in every formula.
     */
    static Workbook textInInputs() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue("1,2OO");
            s.createRow(1).createCell(0).setCellValue(5);
            s.createRow(2).createCell(0).setCellFormula("A1+A2");
            s.createRow(3).createCell(0).setCellFormula("A3*2");
            s.createRow(4).createCell(0).setCellFormula("LOG10(A1)");
            wb.createSheet("T").createRow(0).createCell(1).setCellFormula("S!A3+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    private static ExcelProblem problem(Workbook wb, String sheet, int row, int column) {
        try {
            new CellReader(wb).amount(wb.getSheet(sheet).getRow(row).getCell(column));
            return null;
        } catch (CellReader.CellException e) {
            return e.problem(sheet);
        }
    }

    @Test
    void a_value_error_names_the_text_cell_behind_it_not_the_formula() throws Exception {
        try (Workbook wb = textInInputs()) {
            // directly, through another formula, through a function, and from another sheet: always S!A1
            assertThat(problem(wb, "S", 2, 0)).isEqualTo(ExcelProblem.at("S", "A1", "textInFormula", "A3", "1,2OO", "#VALUE!"));
            assertThat(problem(wb, "S", 3, 0)).isEqualTo(ExcelProblem.at("S", "A1", "textInFormula", "A4", "1,2OO", "#VALUE!"));
            assertThat(problem(wb, "S", 4, 0)).isEqualTo(ExcelProblem.at("S", "A1", "textInFormula", "A5", "1,2OO", "#VALUE!"));
            assertThat(problem(wb, "T", 0, 1)).isEqualTo(ExcelProblem.at("S", "A1", "textInFormula", "B1", "1,2OO", "#VALUE!"));
        }
    }
}
