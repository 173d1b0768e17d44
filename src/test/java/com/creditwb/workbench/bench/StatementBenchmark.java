package com.creditwb.workbench.bench;

import com.creditwb.workbench.WorkbenchApplication;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.demo.CustomerDemoData;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementTemplate;
import com.creditwb.workbench.statement.domain.StatementValues;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;

/**
 * Statement import and ratios ({@code BENCH=com.creditwb.workbench.bench.StatementBenchmark ./wb bench}):
 * <ol>
 * <li>import of a typical three-sheet workbook of about 200 lines through {@link StatementService}
 * (read, recognise, check, then store in one transaction, replacing the period) on the H2 file
 * database: 20 warm-up imports, 100 measured, median and p95;</li>
 * <li>a batch of 500 such workbooks previewed one after another: used heap after a GC every 100
 * workbooks (it must not grow with the batch);</li>
 * <li>the same workbook through {@code POST /api/customers/{code}/statements?replace=true} over loopback
 * (multipart upload, sign-in, read, recognise, check, store, JSON answer) against the raw POI parse of
 * it in the same run (open the workbook and read every cell): 20 warm-up rounds, 100 measured,
 * alternating, medians and their ratio (target: at most 3×);</li>
 * <li>the ratio engine over 100,000 statement sets (with prior periods): sets per second.</li>
 * </ol>
 */
public final class StatementBenchmark {

    public static void main(String[] args) throws Exception {
        byte[] workbook = typicalWorkbook();
        Path dir = Path.of("target", "bench").toAbsolutePath();
        List<String> report = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkbenchApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("statements") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--workbench.data-dir=" + dir, "--server.port=0", "--logging.level.root=warn",
                        "--workbench.admin.initial-password=bench-" + System.nanoTime())) {
            StatementService statements = context.getBean(StatementService.class);
            CustomerService customers = context.getBean(CustomerService.class);
            String[] code = new String[1];
            SystemAuthentication.run(() -> {
                Customer customer = context.getBean(com.creditwb.workbench.customer.CustomerSearch.class).find(CustomerFilter.ALL, 0, 1, Sort.by("id")).stream().findFirst()
                        .orElseGet(() -> {
                            Customer c = CustomerDemoData.customer(1, new Random(1));
                            c.setOwner(null);
                            return customers.create(c);
                        });
                ImportPreview probe = statements.preview(workbook, "typical.xlsx", null, null);
                report.add(String.format(Locale.ROOT, "typical workbook: %,d bytes, %d lines read (%d recognised), %d checks, problems %d",
                        workbook.length, probe.parsed().lines().size(), probe.draft().recognised().size(),
                        probe.draft().currentChecks().size() + probe.draft().priorChecks().size(), probe.draft().problems().size()));
                for (int i = 0; i < 20; i++) {
                    statements.confirm(customer.getId(), statements.preview(workbook, "typical.xlsx", null, null), true, false);
                }
                double[] ms = new double[100];
                double[] previewMs = new double[100];
                for (int i = 0; i < ms.length; i++) {
                    long start = System.nanoTime();
                    ImportPreview preview = statements.preview(workbook, "typical.xlsx", null, null);
                    long parsed = System.nanoTime();
                    statements.confirm(customer.getId(), preview, true, false);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    previewMs[i] = (parsed - start) / 1e6;
                }
                Arrays.sort(ms);
                Arrays.sort(previewMs);
                report.add(String.format(Locale.ROOT, "import (preview + store), 100 runs: median %.1f ms, p95 %.1f ms; preview alone median %.1f ms",
                        ms[50], ms[94], previewMs[50]));

                code[0] = customer.getCode();

                StringBuilder heap = new StringBuilder("batch of 500 workbooks, used heap after GC (MB):");
                for (int i = 1; i <= 500; i++) {
                    statements.preview(workbook, "batch-" + i + ".xlsx", null, null);
                    if (i % 100 == 0) {
                        heap.append(String.format(Locale.ROOT, " %d→%.1f", i, usedHeapMb()));
                    }
                }
                report.add(heap.toString());
            });
            report.add(apiAgainstRawParse(context, code[0], workbook));
        }
        report.add(ratioThroughput());
        System.out.println();
        report.forEach(System.out::println);
        System.exit(0);
    }

    /** POST of the workbook through the API against the raw POI parse of the same bytes, alternating. */
    static String apiAgainstRawParse(ConfigurableApplicationContext context, String code, byte[] workbook) throws Exception {
        String password = "bench-" + System.nanoTime();
        javax.sql.DataSource ds = context.getBean(javax.sql.DataSource.class);
        CreditBenchmark.resetAdmin(ds, context, password);
        new org.springframework.jdbc.core.JdbcTemplate(ds).update("update app_user set must_change_password = false where username = 'admin'");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"typical.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(workbook);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/customers/" + code + "/statements?replace=true"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", auth)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        double[] api = new double[100];
        double[] raw = new double[100];
        long sink = 0;
        for (int i = -20; i < 100; i++) {
            long t0 = System.nanoTime();
            java.net.http.HttpResponse<String> r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
            }
            sink += rawParse(workbook);
            long t2 = System.nanoTime();
            if (i >= 0) {
                api[i] = (t1 - t0) / 1e6;
                raw[i] = (t2 - t1) / 1e6;
            }
        }
        Arrays.sort(api);
        Arrays.sort(raw);
        return String.format(Locale.ROOT, "POST /api/customers/{code}/statements, 100 runs: median %.1f ms, p95 %.1f ms; raw POI parse "
                + "(open + read every cell, %d cells): median %.1f ms, p95 %.1f ms; ratio of medians %.2f×",
                api[50], api[94], sink / 120, raw[50], raw[94], api[50] / raw[50]);
    }

    /** Opens the workbook with POI and reads every cell's value, as the least any import must do; returns the cell count. */
    static long rawParse(byte[] workbook) throws Exception {
        long cells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        switch (cell.getCellType()) {
                            case STRING -> cell.getStringCellValue();
                            case NUMERIC -> cell.getNumericCellValue();
                            case FORMULA -> cell.getCellFormula();
                            default -> { }
                        }
                        cells++;
                    }
                }
            }
        }
        return cells;
    }

    static double usedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** The Chinese template with every line filled (two periods), plus 85 detail lines of notes: ~200 lines. */
    static byte[] typicalWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(StatementTemplate.generate(Locale.SIMPLIFIED_CHINESE)))) {
            Random r = new Random(3);
            for (int s = 0; s < 3; s++) {
                Sheet sheet = wb.getSheetAt(s);
                if (s == 0) {
                    sheet.getRow(3).getCell(1).setCellValue(LocalDate.of(2025, 12, 31));
                }
                for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    for (int c = 1; c <= 2; c++) {
                        if (row.getCell(c) != null && row.getCell(c).getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            row.getCell(c).setCellValue(Math.round(r.nextDouble() * 1e7) / 100.0);
                        }
                    }
                }
                int last = sheet.getLastRowNum();
                for (int k = 1; k <= 28; k++) {
                    Row row = sheet.createRow(last + 1 + k);
                    row.createCell(0).setCellValue("附注明细" + k);
                    row.createCell(1).setCellValue(r.nextInt(100000));
                    row.createCell(2).setCellValue(r.nextInt(100000));
                }
            }
            // the balance sheet must balance: put the difference into retained earnings
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return balance(out.toByteArray());
        }
    }

    /** Re-reads the workbook, evaluates the totals and adjusts 未分配利润 so that assets = liabilities + equity. */
    static byte[] balance(byte[] bytes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet bs = wb.getSheetAt(0);
            List<LineItem> items = LineItem.of(com.creditwb.workbench.statement.domain.StatementType.BALANCE_SHEET);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int c = 1; c <= 2; c++) {
                evaluator.clearAllCachedResultValues();
                double ta = evaluator.evaluate(bs.getRow(6 + items.indexOf(LineItem.BS_TA)).getCell(c)).getNumberValue();
                double tle = evaluator.evaluate(bs.getRow(6 + items.indexOf(LineItem.BS_TLE)).getCell(c)).getNumberValue();
                var retained = bs.getRow(6 + items.indexOf(LineItem.BS_RETAINED)).getCell(c);
                retained.setCellValue(retained.getNumericCellValue() + ta - tle);
            }
            evaluator.clearAllCachedResultValues(); // the totals read above predate the last change
            evaluator.evaluateAll();
            wb.setForceFormulaRecalculation(false); // saved with its values, as Excel saves a workbook
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static String ratioThroughput() {
        Random r = new Random(9);
        List<StatementValues[]> sets = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Map<LineItem, BigDecimal> now = new java.util.EnumMap<>(LineItem.class);
            Map<LineItem, BigDecimal> before = new java.util.EnumMap<>(LineItem.class);
            for (LineItem item : LineItem.values()) {
                now.put(item, BigDecimal.valueOf(r.nextInt(10_000_000), 2));
                before.put(item, BigDecimal.valueOf(r.nextInt(10_000_000), 2));
            }
            sets.add(new StatementValues[] {new StatementValues(now), new StatementValues(before)});
        }
        for (int i = 0; i < 20_000; i++) { // warm-up
            StatementValues[] s = sets.get(i % sets.size());
            RatioEngine.compute(s[0], s[1], 365);
        }
        long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < 100_000; i++) {
            StatementValues[] s = sets.get(i % sets.size());
            sink += RatioEngine.compute(s[0], s[1], 365).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "ratio engine: 100,000 statement sets (26 ratios each, %d results) in %.2f s = %,.0f sets/s",
                sink, seconds, 100_000 / seconds);
    }

    private StatementBenchmark() {
    }
}
