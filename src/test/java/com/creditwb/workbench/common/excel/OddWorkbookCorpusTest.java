package com.creditwb.workbench.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.keyaccount.AccountEconomicsService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every import over the corpus of odd workbooks ({@link OddWorkbooks}): statements, aging lists and exchange rates
 * through the API, account economics through its service. No answer is a 5xx, every refusal is the API's JSON, and a
 * refused file stores nothing. The time of each answer is printed (the figures of the closing note), not asserted.
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=api-sweep") // the sweep's own database
class OddWorkbookCorpusTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountEconomicsService economics;

    record Import(String name, String path) {
    }

    static final List<Import> IMPORTS = List.of(new Import("statements", "/api/customers/C00001/statements"),
            new Import("aging", "/api/receivables/aging"), new Import("rates", "/api/exchange-rates/import"));

    long stored() {
        return jdbc.queryForObject("select (select count(*) from statement_set) + (select count(*) from statement_line)"
                + " + (select count(*) from receivable_import) + (select count(*) from receivable_item) + (select count(*) from exchange_rate)",
                Long.class);
    }

    @Test
    void every_import_answers_every_odd_workbook_below_500_and_a_refused_one_stores_nothing() throws Exception {
        TestApi api = new TestApi(port);
        Map<String, byte[]> corpus = OddWorkbooks.all();
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> byStatus = new TreeMap<>();
        Map<String, String> slowest = new TreeMap<>();
        Map<String, Long> slowestMillis = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
            for (Import target : IMPORTS) {
                long before = stored();
                long start = System.nanoTime();
                HttpResponse<String> r = api.multipart(target.path(), "finance1", "file", file.getKey(), file.getValue());
                long millis = (System.nanoTime() - start) / 1_000_000;
                byStatus.computeIfAbsent(target.name(), k -> new TreeMap<>()).merge(r.statusCode(), 1, Integer::sum);
                if (millis > slowestMillis.getOrDefault(target.name(), -1L)) {
                    slowestMillis.put(target.name(), millis);
                    slowest.put(target.name(), file.getKey());
                }
                String what = target.name() + " " + file.getKey() + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
                if (r.statusCode() >= 500) {
                    failures.add(what);
                } else if (r.statusCode() >= 400) {
                    if (!r.body().startsWith("{")) {
                        failures.add("not the error shape: " + what);
                    }
                    if (stored() != before) {
                        failures.add("refused but stored: " + what);
                    }
                }
            }
            long start = System.nanoTime();
            try {
                TestUsers.as("finance1", "FINANCE", () -> economics.preview(file.getValue(), file.getKey()));
            } catch (ExcelException | ImportRejectedException e) {
                // refused with its problems, as the page shows them
            } catch (RuntimeException e) {
                failures.add("economics " + file.getKey() + ": " + e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > slowestMillis.getOrDefault("economics", -1L)) {
                slowestMillis.put("economics", millis);
                slowest.put("economics", file.getKey());
            }
        }
        System.out.printf("Odd-workbook corpus: %d files × %d imports; answers by status %s; slowest %s in ms %s%n", corpus.size(),
                IMPORTS.size() + 1, byStatus, slowest, slowestMillis);
        assertThat(corpus).hasSizeGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    static String opened(byte[] bytes, ExcelLimits limits) {
        try {
            return SafeWorkbookReader.read(bytes, limits, wb -> "read " + wb.getNumberOfSheets());
        } catch (ExcelException e) {
            return e.problems().get(0).code();
        }
    }

    @Test
    void each_kind_of_odd_file_is_read_or_refused_for_its_own_reason() {
        Map<String, byte[]> corpus = OddWorkbooks.all();
        for (ExcelLimits limits : List.of(ExcelLimits.STATEMENTS, ExcelLimits.AGING)) {
            for (String old : List.of("biff2.xls", "biff3.xls", "biff4.xls", "biff5-excel95.xls")) {
                assertThat(opened(corpus.get(old), limits)).as(old).isEqualTo("oldFormat");
            }
            assertThat(opened(corpus.get("libreoffice.ods"), limits)).isEqualTo("openDocument");
            assertThat(opened(corpus.get("word-document-renamed.xlsx"), limits)).isEqualTo("notExcel");
            assertThat(opened(corpus.get("encrypted.xlsx"), limits)).isEqualTo("encrypted");
            assertThat(opened(corpus.get("truncated.xlsx"), limits)).isEqualTo("damaged");
            // strict OOXML, the x: prefix, charts, pivots, macros, pictures and 32,767-character cells are read
            for (String readable : List.of("strict-ooxml.xlsx", "x-prefixed.xlsx", "chart.xlsx", "pivot-table.xlsx", "macros.xlsm",
                    "long-texts-merged-hidden-picture.xlsx", "libreoffice-ooxml.xlsx", "libreoffice-biff8.xls")) {
                assertThat(opened(corpus.get(readable), limits)).as(readable).startsWith("read");
            }
        }
        assertThat(opened(corpus.get("huge-string-table.xlsx"), ExcelLimits.STATEMENTS)).isEqualTo("tooManyStrings");
    }
}
