package com.creditwb.workbench.bench;

import com.creditwb.workbench.WorkbenchApplication;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.OddWorkbooks;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.demo.CustomerDemoData;
import com.creditwb.workbench.statement.StatementService;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Large and odd imports ({@code BENCH=com.creditwb.workbench.bench.ImportBenchmark ./wb bench}), on an H2 file database
 * under target/bench: an aging list of 200,000 open items (four customers) read streamed and stored as covering its
 * customers, three runs; a list of 200,000 exchange rates (25 currencies × 8,000 days) read and stored, then read and
 * stored again unchanged; and the time of each import over the odd-workbook corpus (the slowest file per import).
 */
public final class ImportBenchmark {

    static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "GBP", "HKD", "AUD", "CAD", "CHF", "SGD", "KRW", "THB", "MYR",
            "NZD", "SEK", "NOK", "DKK", "RUB", "INR", "BRL", "ZAR", "MXN", "IDR", "PHP", "TWD", "AED");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench").toAbsolutePath();
        List<String> report = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkbenchApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("imports") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--workbench.data-dir=" + dir, "--server.port=0", "--logging.level.root=warn",
                        "--workbench.admin.initial-password=bench-" + System.nanoTime())) {
            CustomerService customers = context.getBean(CustomerService.class);
            ReceivableService receivables = context.getBean(ReceivableService.class);
            ExchangeRateService rates = context.getBean(ExchangeRateService.class);
            StatementService statements = context.getBean(StatementService.class);
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            List<String> codes = new ArrayList<>();
            SystemAuthentication.run(() -> {
                for (int i = 0; i < 4; i++) {
                    Customer c = CustomerDemoData.customer(900_000 + i, new Random(i));
                    c.setCode("BENCH" + i);
                    c.setOwner(null);
                    codes.add(customers.idsByCodeOrUscc(List.of(c.getCode())).isEmpty() ? customers.create(c).getCode() : c.getCode());
                }
            });
            long t = System.nanoTime();
            byte[] aging = AgingWorkbooks.large(today, codes, 200_000);
            report.add(String.format(Locale.ROOT, "aging list: 200,000 rows, %,d bytes, written in %.1f s", aging.length, secs(t)));
            for (int run = 1; run <= 3; run++) {
                long a = System.nanoTime();
                AgingPreview preview = SystemAuthentication.call(() -> receivables.preview(aging, "ledger.xlsx", null));
                double read = secs(a);
                long b = System.nanoTime();
                SystemAuthentication.call(() -> receivables.confirm(preview, ReceivableService.Scope.PARTIAL));
                report.add(String.format(Locale.ROOT, "aging run %d: read and checked %.1f s (%d items, %d problems), stored %.1f s", run, read,
                        preview.items().size(), preview.problems().size(), secs(b)));
            }
            byte[] rateList = rateList(today);
            for (int run = 1; run <= 2; run++) {
                long a = System.nanoTime();
                ExchangeRateService.RatePreview preview = SystemAuthentication.call(() -> rates.preview(rateList, "rates.xlsx"));
                double read = secs(a);
                long b = System.nanoTime();
                int stored = SystemAuthentication.call(() -> rates.confirm(preview));
                report.add(String.format(Locale.ROOT, "rates run %d (%s): read and checked %.1f s (%d rates, %d problems), stored %.1f s (%d)",
                        run, run == 1 ? "new" : "unchanged", read, preview.lines().size(), preview.problems().size(), secs(b), stored));
            }
            Map<String, byte[]> corpus = OddWorkbooks.all();
            double[] slowest = new double[3];
            String[] which = new String[3];
            for (Map.Entry<String, byte[]> f : corpus.entrySet()) {
                List<Runnable> imports = List.of(() -> statements.preview(f.getValue(), f.getKey(), null, null),
                        () -> receivables.preview(f.getValue(), f.getKey(), null), () -> rates.preview(f.getValue(), f.getKey()));
                for (int i = 0; i < 3; i++) {
                    long a = System.nanoTime();
                    try {
                        SystemAuthentication.run(imports.get(i));
                    } catch (ExcelException e) {
                        // refused: the time to say so is what counts
                    }
                    double s = secs(a);
                    if (s > slowest[i]) {
                        slowest[i] = s;
                        which[i] = f.getKey();
                    }
                }
            }
            report.add(String.format(Locale.ROOT, "odd-workbook corpus (%d files), slowest: statements %.2f s (%s), aging %.2f s (%s), rates %.2f s (%s)",
                    corpus.size(), slowest[0], which[0], slowest[1], which[1], slowest[2], which[2]));
        }
        report.forEach(System.out::println);
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** 25 currencies × 8,000 days back from today, rates between 0.01 and 10 with four decimals. */
    static byte[] rateList(LocalDate today) throws Exception {
        Random random = new Random(7);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("汇率");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("币种");
            header.createCell(1).setCellValue("日期");
            header.createCell(2).setCellValue("汇率");
            int r = 1;
            for (String currency : CURRENCIES) {
                for (int d = 0; d < 8_000; d++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(currency);
                    row.createCell(1).setCellValue(today.minusDays(d).toString());
                    row.createCell(2).setCellValue(Math.round((0.01 + random.nextDouble() * 10) * 10_000) / 10_000.0);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
