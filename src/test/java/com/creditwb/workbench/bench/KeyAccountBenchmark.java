package com.creditwb.workbench.bench;

import com.creditwb.workbench.common.excel.TemplateFiller;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.export.ExportTemplates;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport.PortfolioLine;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Key accounts ({@code BENCH=com.creditwb.workbench.bench.KeyAccountBenchmark ./wb bench}):
 * <ul>
 * <li>segmentation of 100,000 accounts with three years of economics each (values, NPV, quadrants, pyramid,
 * Pareto, loyalty, Kotler);</li>
 * <li>the portfolio export of those 100,000 rows through the template (18 columns, streamed) against writing the
 * same cells with the same styles by plain SXSSF, and the peak heap used above the baseline while exporting;</li>
 * <li>one plan filled into the standard plan template (the template part of a plan export).</li>
 * </ul>
 * Each timing is the best of five runs after two warm-ups.
 */
public final class KeyAccountBenchmark {

    private KeyAccountBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        Random random = new Random(1);
        List<Segmentation.Account> accounts = new ArrayList<>(n);
        for (long id = 1; id <= n; id++) {
            List<AccountEconomics> years = new ArrayList<>(3);
            double revenue = Math.exp(13.5 + random.nextGaussian());
            for (int y = 2023; y <= 2025; y++) {
                BigDecimal r = BigDecimal.valueOf(revenue * (1 + 0.05 * (y - 2023))).setScale(2, RoundingMode.HALF_UP);
                years.add(new AccountEconomics(y, r, r.multiply(new BigDecimal("0.6")), r.multiply(new BigDecimal("0.05")),
                        r.multiply(BigDecimal.valueOf(0.05 + random.nextDouble() * 0.3)).setScale(2, RoundingMode.HALF_UP), random.nextDouble(),
                        1 + random.nextInt(40), 1 + random.nextInt(15)));
            }
            accounts.add(new Segmentation.Account(id, years, Map.of(), RelationshipLevel.REACTIVE));
        }
        KeyAccountSettings settings = KeyAccountSettings.defaults();
        Segmentation.Result[] result = new Segmentation.Result[1];
        double seg = best(() -> result[0] = Segmentation.of(accounts, settings));
        System.out.printf("segmentation of %,d accounts: %.0f ms%n", n, seg);

        List<PortfolioLine> lines = new ArrayList<>(n);
        for (Segmentation.Value v : result[0].values().values()) {
            lines.add(new PortfolioLine("C" + v.id(), "客户 " + v.id(), "account1", v.year(), v.revenue(), v.currentValue(),
                    new TemplateFiller.Percent(v.margin()), v.npv(), v.potentialScore(), String.valueOf(v.quadrant()), String.valueOf(v.tier()),
                    v.revenueHead() ? "Yes" : "", v.profitHead() ? "Yes" : "", String.valueOf(v.loyalty()), String.valueOf(v.profitability()),
                    String.valueOf(v.kotlerLevel()), String.valueOf(v.currentLevel()), null));
        }
        byte[] template = ExportTemplates.portfolio();
        Map<String, Object> model = new HashMap<>();
        model.put("t", Map.of());
        model.put("segment", "all");
        model.put("count", n);
        model.put("exportedAtText", "2026-11-23");
        long baseline = usedAfterGc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Runtime rt = Runtime.getRuntime();
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        double templated = best(() -> TemplateFiller.stream(template, model, "rows", lines.iterator(), null, OutputStream.nullOutputStream()));
        sampler.interrupt();
        double plain = best(() -> plain(lines));
        System.out.printf("portfolio export of %,d rows: template %.0f ms, plain SXSSF %.0f ms, ratio %.2f%n", n, templated, plain,
                templated / plain);
        System.out.printf("peak heap during the template export: %.0f MB above a baseline of %.0f MB (the 100,000 rows held in memory included)%n",
                (peak.get() - baseline) / 1048576.0, baseline / 1048576.0);

        byte[] planTemplate = ExportTemplates.plan();
        Map<String, Object> plan = new HashMap<>();
        plan.put("t", Map.of());
        plan.put("plan", Map.of("title", "Plan", "number", 1, "state", "Active", "owner", "account1"));
        plan.put("customer", Map.of("code", "C1", "name", "客户"));
        plan.put("credit", Map.of("rating", "A", "limit", new BigDecimal("1000000")));
        plan.put("value", Map.of("revenue", new BigDecimal("5000000"), "margin", new TemplateFiller.Percent(0.2)));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            actions.add(Map.of("what", "优先供货", "owner", "account1", "dueDate", java.time.LocalDate.of(2026, 12, 1), "budget",
                    new BigDecimal("20000"), "status", "Planned"));
        }
        plan.put("actions", actions);
        plan.put("objectives", actions.subList(0, 3));
        plan.put("contacts", actions.subList(0, 5));
        plan.put("negotiations", List.of());
        double one = best(() -> TemplateFiller.fill(planTemplate, plan));
        System.out.printf("one plan through the plan template (10 actions, 5 contacts): %.1f ms%n", one);
    }

    /** The same 18 cells per row with the same kinds of styles, written directly. */
    static void plain(List<PortfolioLine> lines) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            Sheet s = wb.createSheet("Key accounts");
            int r = 4;
            for (Iterator<PortfolioLine> it = lines.iterator(); it.hasNext();) {
                PortfolioLine l = it.next();
                Row row = s.createRow(r++);
                text(row, 0, l.code());
                text(row, 1, l.name());
                text(row, 2, l.owner());
                row.createCell(3).setCellValue(l.year());
                num(row, 4, l.revenue() == null ? null : l.revenue().doubleValue(), amount);
                num(row, 5, l.currentValue() == null ? null : l.currentValue().doubleValue(), amount);
                num(row, 6, l.margin() == null ? null : l.margin().value(), percent);
                num(row, 7, l.npv(), amount);
                num(row, 8, l.potentialScore(), number);
                text(row, 9, l.quadrant());
                text(row, 10, l.tier());
                text(row, 11, l.paretoRevenue());
                text(row, 12, l.paretoProfit());
                text(row, 13, l.loyalty());
                text(row, 14, l.profitability());
                text(row, 15, l.kotlerLevel());
                text(row, 16, l.currentLevel());
                text(row, 17, l.keyAccount());
            }
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void text(Row row, int c, String v) {
        Cell cell = row.createCell(c);
        if (v != null) {
            cell.setCellValue(v);
        }
    }

    private static void num(Row row, int c, Double v, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (v != null) {
            cell.setCellValue(v);
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double best(Runnable work) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
