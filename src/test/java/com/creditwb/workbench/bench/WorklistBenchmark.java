package com.creditwb.workbench.bench;

import com.creditwb.workbench.WorkbenchApplication;
import com.creditwb.workbench.collection.MetricsService;
import com.creditwb.workbench.collection.WorklistService;
import com.creditwb.workbench.common.SystemAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collections worklist and figures over a large portfolio (issue 26: 100,000 customers with 1,000,000 open items,
 * first page under 200 ms median on H2): loads {@code bench.customers} customers (100,000) into its own H2 file in
 * target/bench (reused when it holds them), each with a current decision (two authors, so two collectors; five risk
 * classes) and {@code bench.items} open items (10) in one aging list, a tenth of the customers with a payment since the
 * list; then, as a credit manager, times the whole worklist, one collector's, and the figures of the last 90 days, each
 * {@code bench.runs} times (7) after two unmeasured runs, and prints the medians.
 * {@code BENCH=com.creditwb.workbench.bench.WorklistBenchmark ./wb bench}
 */
public final class WorklistBenchmark {

    private WorklistBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int perCustomer = Integer.getInteger("bench.items", 10);
        int runs = Integer.getInteger("bench.runs", 7);
        Path dir = Path.of("target", "bench").toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkbenchApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("collections") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072",
                        "--workbench.data-dir=" + dir, "--workbench.admin.initial-password=bench-" + System.nanoTime(), "--logging.level.root=warn")) {
            DataSource ds = context.getBean(DataSource.class);
            load(ds, customers, perCustomer);
            WorklistService worklist = context.getBean(WorklistService.class);
            MetricsService metrics = context.getBean(MetricsService.class);
            LocalDate today = LocalDate.now();
            SystemAuthentication.callAs("credit1", List.of("CREDIT_MANAGER"), () -> {
                time("worklist, every collector's", runs, () -> worklist.rows(WorklistService.Filter.ALL).size());
                time("worklist, one collector's", runs, () -> worklist.rows(new WorklistService.Filter("bench1", null, 0)).size());
                time("figures of the last 90 days", runs, () -> metrics.figures(today.minusDays(89), today, MetricsService.By.ALL).size());
                time("figures of the last 90 days by collector", runs, () -> metrics.figures(today.minusDays(89), today,
                        MetricsService.By.COLLECTOR).size());
                // what the API and the pages answer: the first page of the snapshot, the figures as recently worked out
                // (the first call of each works them out; the runs after it read what was kept)
                com.creditwb.workbench.collection.WorklistPages pages = context.getBean(com.creditwb.workbench.collection.WorklistPages.class);
                time("worklist API, first page of 500", runs, () -> pages.page(WorklistService.Filter.ALL, 0, 500).rows().size());
                time("worklist API, one collector's first page", runs, () -> pages.page(new WorklistService.Filter("bench1", null, 0), 0, 500)
                        .rows().size());
                time("figures API, last 90 days", runs, () -> metrics.recentFigures(today.minusDays(89), today, MetricsService.By.ALL).value().size());
                time("figures API, last 90 days by collector", runs, () -> metrics.recentFigures(today.minusDays(89), today,
                        MetricsService.By.COLLECTOR).value().size());
                return null;
            });
        }
    }

    static void time(String what, int runs, java.util.function.IntSupplier work) {
        int rows = 0;
        for (int i = 0; i < 2; i++) {
            rows = work.getAsInt();
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = work.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %,d rows; median %d ms (runs %s)%n", what, rows, sorted[runs / 2], Arrays.toString(ms));
    }

    static void load(DataSource ds, int customers, int perCustomer) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Long items = jdbc.queryForObject("select count(*) from receivable_item", Long.class);
        if (items != null && items == (long) customers * perCustomer) {
            System.out.printf(Locale.ROOT, "reusing %,d customers with %,d open items%n", customers, items);
            return;
        }
        long t0 = System.nanoTime();
        jdbc.execute("delete from receivable_settlement");
        jdbc.execute("delete from collection_payment");
        jdbc.execute("delete from receivable_item");
        jdbc.execute("delete from receivable_import");
        jdbc.execute("delete from credit_assessment");
        CustomerGridBenchmark.load(ds, customers, false);
        List<Long> ids = jdbc.queryForList("select id from customer order by id", Long.class);
        long modelId = jdbc.queryForObject("select max(id) from scoring_model", Long.class);
        Random random = new Random(26);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        LocalDate asOf = today.withDayOfMonth(1).minusDays(1);
        String[] classes = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH", "REJECT"};
        String inputs = "{\"requestedLimit\":100000,\"requestedTermsDays\":60,\"expectedPurchases\":600000,\"collateralType\":\"NONE\","
                + "\"haircut\":0.3,\"scores\":{}}";
        try (Connection con = ds.getConnection();
                PreparedStatement assessment = con.prepareStatement("insert into credit_assessment (customer_id, model_id, status,"
                        + " requested_limit, requested_terms, expected_purchases, collateral_type, haircut, period_end, inputs, score, rating,"
                        + " risk_class, suggested_limit, limit_amount, currency, terms_days, review_months, next_review_date, author,"
                        + " submitted_at, approver, decided_at, is_current, version, created_at, created_by)"
                        + " values (?,?,'APPROVED',100000,60,600000,'NONE',0.3,?,?,60,'BBB',?,100000,100000,'CNY',60,12,?,?,?,'bench3',?,true,0,?,'bench')");
                PreparedStatement imp = con.prepareStatement("insert into receivable_import (id, as_of, file_name, item_count, total,"
                        + " is_current, version, created_at, created_by) values (1,?,'bench.xlsx',?,0,true,0,?,'bench')");
                PreparedStatement item = con.prepareStatement("insert into receivable_item (import_id, customer_id, invoice_no, invoice_date,"
                        + " due_date, amount, currency) values (1,?,?,?,?,?,'CNY')");
                PreparedStatement payment = con.prepareStatement("insert into collection_payment (id, customer_id, amount, currency, paid_on,"
                        + " reference, source, unapplied, version, created_at, created_by) values (?,?,?,'CNY',?,?,'API',0,0,?,'bench')");
                PreparedStatement settlement = con.prepareStatement("insert into receivable_settlement (settled_by, customer_id, invoice_no,"
                        + " amount, paid_on, list_as_of, source) values (?,?,?,?,?,?,'API')")) {
            con.setAutoCommit(false);
            imp.setDate(1, Date.valueOf(asOf));
            imp.setInt(2, ids.size() * perCustomer);
            imp.setTimestamp(3, now);
            imp.executeUpdate();
            long paymentId = 1;
            for (int i = 0; i < ids.size(); i++) {
                long customerId = ids.get(i);
                int p = 1;
                assessment.setLong(p++, customerId);
                assessment.setLong(p++, modelId);
                assessment.setDate(p++, Date.valueOf(LocalDate.of(2025, 12, 31)));
                assessment.setString(p++, inputs);
                assessment.setString(p++, classes[random.nextInt(classes.length)]);
                assessment.setDate(p++, Date.valueOf(today.plusMonths(6)));
                assessment.setString(p++, random.nextBoolean() ? "bench1" : "bench2");
                assessment.setTimestamp(p++, now);
                assessment.setTimestamp(p++, now);
                assessment.setTimestamp(p, now);
                assessment.addBatch();
                for (int k = 0; k < perCustomer; k++) {
                    LocalDate invoice = asOf.minusDays(random.nextInt(240));
                    item.setLong(1, customerId);
                    item.setString(2, "W-" + customerId + "-" + k);
                    item.setDate(3, Date.valueOf(invoice));
                    item.setDate(4, Date.valueOf(invoice.plusDays(60)));
                    item.setBigDecimal(5, BigDecimal.valueOf(1_000 + random.nextInt(200_000)).setScale(2, RoundingMode.HALF_UP));
                    item.addBatch();
                }
                if (i % 10 == 0) {
                    payment.setLong(1, paymentId);
                    payment.setLong(2, customerId);
                    payment.setBigDecimal(3, new BigDecimal("500.00"));
                    payment.setDate(4, Date.valueOf(today));
                    payment.setString(5, "P-" + paymentId);
                    payment.setTimestamp(6, now);
                    payment.addBatch();
                    settlement.setLong(1, paymentId);
                    settlement.setLong(2, customerId);
                    settlement.setString(3, "W-" + customerId + "-0");
                    settlement.setBigDecimal(4, new BigDecimal("500.00"));
                    settlement.setDate(5, Date.valueOf(today));
                    settlement.setDate(6, Date.valueOf(asOf));
                    settlement.addBatch();
                    paymentId++;
                }
                if ((i + 1) % 2_000 == 0) {
                    assessment.executeBatch();
                    item.executeBatch();
                    payment.executeBatch();
                    settlement.executeBatch();
                    con.commit();
                }
            }
            assessment.executeBatch();
            item.executeBatch();
            payment.executeBatch();
            settlement.executeBatch();
            con.commit();
        }
        jdbc.execute("alter table collection_payment alter column id restart with " + (ids.size() + 10L));
        String current = " from credit_assessment a where a.customer_id = customer.id and a.is_current = true)";
        jdbc.update("update customer set credit_decision_id = (select a.id" + current + ", credit_risk_class = (select a.risk_class" + current
                + ", credit_limit = (select a.limit_amount" + current + ", credit_rating = (select a.rating" + current);
        System.out.printf(Locale.ROOT, "loaded %,d customers with a decision and %d open items each in %.1f s%n", ids.size(), perCustomer,
                (System.nanoTime() - t0) / 1e9);
    }
}
