package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.statement.SampleWorkbooks;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What reading one workbook may cost (ReadBudget, the shared-strings count) and how many are read at once (ImportGate). */
class ImportBudgetTest {

    /** A sheet of {@code rows} × {@code columns} distinct texts, every one in the shared-strings table. */
    private static byte[] texts(int rows, int columns) {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Texts");
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellValue("t" + r + "-" + c);
            }
        }
        return SampleWorkbooks.bytes(wb);
    }

    private static ExcelLimits limits(int maxStrings, long maxCells, int cpuSeconds) {
        return new ExcelLimits("statement", 10L << 20, 60L << 20, 0.01, 5_000, maxStrings, maxCells, cpuSeconds, false);
    }

    private static int readAll(Workbook wb) {
        CellReader reader = new CellReader(wb);
        int n = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    reader.text(cell);
                    n++;
                }
            }
        }
        return n;
    }

    private static String refusal(byte[] bytes, ExcelLimits limits) {
        try {
            SafeWorkbookReader.read(bytes, limits, ImportBudgetTest::readAll);
            return "read";
        } catch (ExcelException e) {
            return e.problems().get(0).code() + " " + e.problems().get(0).args();
        }
    }

    @Test
    void a_shared_strings_table_beyond_the_limit_is_refused_before_poi_reads_it() {
        // 100 × 50 = 5,000 distinct texts; a limit of 4,000 names itself
        assertThat(refusal(texts(100, 50), limits(4_000, 1_000_000, 60))).isEqualTo("tooManyStrings [4000]");
        assertThat(refusal(texts(100, 50), limits(5_000, 1_000_000, 60))).isEqualTo("read");
    }

    @Test
    void reading_stops_after_the_cells_of_the_budget() {
        // 5,000 cells read, 4,999 allowed: the 5,000th is refused
        assertThat(refusal(texts(100, 50), limits(100_000, 4_999, 60))).isEqualTo("budget.cells [4999]");
        assertThat(refusal(texts(100, 50), limits(100_000, 5_000, 60))).isEqualTo("read");
    }

    @Test
    void reading_stops_when_its_cpu_seconds_are_spent() {
        // no second of CPU allowed: the first check (after 4,096 cells) refuses
        assertThat(refusal(texts(100, 50), limits(100_000, 1_000_000, 0))).isEqualTo("budget.time [0]");
    }

    @Test
    void the_statement_limits_stop_a_workbook_of_half_a_million_texts_at_once() {
        // 5,000 rows × 30 columns = 150,000 distinct texts: beyond the statements' 100,000 strings
        byte[] huge = texts(5_000, 30);
        assertThat(refusal(huge, ExcelLimits.STATEMENTS)).isEqualTo("tooManyStrings [100000]");
    }

    @Test
    void a_user_reads_two_workbooks_at_once_and_a_third_is_refused_then_the_places_are_free_again() {
        byte[] small = texts(2, 2);
        AtomicInteger inner = new AtomicInteger();
        ImportBusyException busy = org.junit.jupiter.api.Assertions.assertThrows(ImportBusyException.class,
                () -> SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, first ->
                        SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, second -> {
                            inner.incrementAndGet();
                            return SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, third -> 3);
                        })));
        assertThat(inner).hasValue(1);
        assertThat(busy.httpStatus()).isEqualTo(429);
        assertThat(busy.problems().get(0).code()).isEqualTo("busy");
        // every place was given back: two reads at once work again
        int both = SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, a -> SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, b -> 2));
        assertThat(both).isEqualTo(2);
        assertThatThrownBy(() -> SafeWorkbookReader.read(new byte[] {1, 2, 3}, ExcelLimits.STATEMENTS, wb -> 1))
                .isInstanceOf(ExcelException.class);
        both = SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, a -> SafeWorkbookReader.read(small, ExcelLimits.STATEMENTS, b -> 2));
        assertThat(both).isEqualTo(2);
    }

    @Test
    void an_aging_sized_sheet_is_read_streamed_row_by_row() {
        byte[] file = texts(6_000, 2);
        assertThat(refusal(file, ExcelLimits.STATEMENTS)).startsWith("tooManyRows.statement");
        int cells = SafeWorkbookReader.read(file, ExcelLimits.AGING, wb -> {
            assertThat(wb).isInstanceOf(com.github.pjfanning.xlsx.impl.StreamingWorkbook.class);
            return readAll(wb);
        });
        assertThat(cells).isEqualTo(12_000);
    }
}
