package com.creditwb.workbench.bench;

import com.creditwb.workbench.WorkbenchApplication;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerNameIndex;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.demo.CustomerDemoData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customers grid against 1,000,000 customers, on H2 (file database under target/bench) and,
 * when {@code WORKBENCH_TEST_CLUSTER_DB_URL} is set (as {@code ./wb bench} does), on PostgreSQL (that database).
 *
 * <p>It calls {@link CustomerService} exactly as the grid does: a count for the total plus one
 * page of 50. Measured: the first page (sorted by name), a page 900,000 rows deep sorted by
 * registered capital and by name, and a search by a name fragment. Each operation runs 5 times to
 * warm up and 25 times measured; the median and 95th percentile are printed.
 *
 * <p>System properties: {@code bench.customers} (default 1,000,000), {@code bench.targets}
 * ({@code h2,postgres}). The loaded data is kept and reused when the row count matches.
 */
public final class CustomerGridBenchmark {

    private static final int PAGE = 50;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    /** Brand + trade: a few hundred matches in a million. */
    private static final String[] RARE = {"宏达医疗器械", "鼎盛新材料", "北辰软件", "瑞丰物流", "安泰燃气", "远航纺织", "晨光食品"};
    /** Trades: tens of thousands of matches. */
    private static final String[] COMMON = {"科技", "商贸", "物流", "机械", "贸易", "建设", "新能源"};

    public static void main(String[] args) {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        List<String> targets = Arrays.asList(System.getProperty("bench.targets", "h2,postgres").split(","));
        Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
        if (targets.contains("h2")) {
            Path dir = Path.of("target", "bench").toAbsolutePath();
            results.put("H2", run(customers, "",
                    "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("customers") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072",
                    "--workbench.data-dir=" + dir));
        }
        // the cluster test's database (./wb bench makes it), emptied unless it holds this benchmark's customers
        String pgUrl = System.getenv("WORKBENCH_TEST_CLUSTER_DB_URL");
        if (targets.contains("postgres") && pgUrl != null) {
            try {
                CreditBenchmark.emptyUnless(pgUrl, System.getenv("WORKBENCH_TEST_DB_USER"), System.getenv("WORKBENCH_TEST_DB_PASSWORD"),
                        "select count(*) from customer where code like 'B%' and credit_exposure is not null", customers);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            results.put("PostgreSQL", run(customers, "postgres",
                    "--spring.datasource.url=" + pgUrl,
                    "--spring.datasource.username=" + System.getenv("WORKBENCH_TEST_DB_USER"),
                    "--spring.datasource.password=" + System.getenv("WORKBENCH_TEST_DB_PASSWORD"),
                    "--workbench.data-dir=" + Path.of("target", "bench").toAbsolutePath()));
        } else if (targets.contains("postgres")) {
            System.out.println("PostgreSQL skipped: WORKBENCH_TEST_CLUSTER_DB_URL is not set (./wb bench sets it)");
        }
        System.out.printf(Locale.ROOT, "%nCustomers grid, %,d customers, page of %d (milliseconds, median / p95)%n",
                customers, PAGE);
        results.forEach((db, ops) -> ops.forEach((op, t) ->
                System.out.printf(Locale.ROOT, "  %-11s %-44s %8.1f / %8.1f%n", db, op, t[0], t[1])));
        System.exit(0);
    }

    private static Map<String, double[]> run(int customers, String profile, String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        args.add("--workbench.admin.initial-password=bench-" + System.nanoTime());
        args.add("--spring.flyway.clean-disabled=false");
        args.add("--logging.level.root=warn");
        args.add("--server.port=0");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkbenchApplication.class)
                .web(WebApplicationType.SERVLET).profiles(profile.isEmpty() ? new String[0] : new String[] {profile})
                .run(args.toArray(String[]::new))) {
            if (load(context.getBean(DataSource.class), customers, !profile.isEmpty())) {
                long start = System.nanoTime();
                context.getBean(CustomerNameIndex.class).rebuild();
                if (context.getBean(CustomerNameIndex.class).isActive()) {
                    System.out.printf(Locale.ROOT, "name index rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
                }
            }
            com.creditwb.workbench.customer.CustomerSearch service = context.getBean(com.creditwb.workbench.customer.CustomerSearch.class);
            Map<String, double[]> ops = new LinkedHashMap<>();
            SystemAuthentication.run(() -> {
                int cap = com.creditwb.workbench.customer.CustomerSearch.SEARCH_CAP;
                ops.put("first page (count + 50 by name)", measure(i -> {
                    service.countUpTo(CustomerFilter.ALL, cap);
                    return service.find(CustomerFilter.ALL, 0, PAGE, Sort.by("name"));
                }));
                long deep = customers * 9L / 10;
                ops.put("page near " + deep + ", registered capital desc", measure(i -> service.find(CustomerFilter.ALL,
                        deep + i * PAGE, PAGE, Sort.by(Sort.Direction.DESC, "registeredCapital"))));
                ops.put("first page by rating (count + 50)", measure(i -> {
                    service.countUpTo(CustomerFilter.ALL, cap);
                    return service.find(CustomerFilter.ALL, i * PAGE, PAGE, Sort.by("creditRatingRank"));
                }));
                ops.put("page near " + deep + ", exposure desc", measure(i -> service.find(CustomerFilter.ALL,
                        deep + i * PAGE, PAGE, Sort.by(Sort.Direction.DESC, "creditExposure"))));
                ops.put("page near " + deep + ", available", measure(i -> service.find(CustomerFilter.ALL,
                        deep + i * PAGE, PAGE, Sort.by("creditAvailable"))));
                ops.put("page near " + deep + ", by name", measure(
                        i -> service.find(CustomerFilter.ALL, deep + i * PAGE, PAGE, Sort.by("name"))));
                ops.put("rare name fragment (count + 50 by name)", measure(i -> {
                    CustomerFilter rare = CustomerFilter.text(RARE[i % RARE.length]);
                    service.countUpTo(rare, cap);
                    return service.find(rare, 0, PAGE, Sort.by("name"));
                }));
                ops.put("common name fragment (count + 50 by name)", measure(i -> {
                    CustomerFilter common = CustomerFilter.text(COMMON[i % COMMON.length]);
                    service.countUpTo(common, cap);
                    return service.find(common, 0, PAGE, Sort.by("name"));
                }));
            });
            return ops;
        }
    }

    /** Runs the operation with a different argument each time, so no database result cache answers. */
    private static double[] measure(IntFunction<List<Customer>> op) {
        for (int i = 0; i < WARM_UP; i++) {
            check(op.apply(RUNS + i));
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            check(op.apply(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    private static void check(List<Customer> page) {
        if (page.isEmpty()) {
            throw new IllegalStateException("benchmark query returned nothing");
        }
    }

    /** Loads the customers with JDBC batches unless the table already holds exactly that many. */
    static boolean load(DataSource dataSource, int customers, boolean postgres) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long existing = jdbc.queryForObject("select count(*) from customer", Long.class);
        if (existing != null && existing == customers) {
            System.out.printf(Locale.ROOT, "reusing %,d customers%n", customers);
            // figures filled now (an earlier run stopped half-way): the name index may be incomplete too
            return creditFigures(jdbc, postgres);
        }
        long start = System.nanoTime();
        jdbc.execute("delete from customer");
        String sql = "insert into customer (code, name, uscc, industry, region, company_size, founded_on, registered_capital,"
                + " legal_representative, address, customer_type, lifecycle_stage, relationship_level, owner_username,"
                + " version, created_at, created_by, credit_rating, credit_rating_rank, credit_risk_class, credit_risk_rank, credit_limit,"
                + " credit_exposure, credit_available) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,'bench',?,?,?,?,?,?,?)";
        String[] ratings = {"AAA", "AA", "A", "BBB", "BB", "B", "C"}; // ranked as the app ranks them (C after CCC and CC)
        String[] classes = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
        Random random = new Random(42);
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            con.setAutoCommit(false);
            for (int i = 1; i <= customers; i++) {
                Customer c = CustomerDemoData.customer(i, random);
                String division = c.getRegion().divisionCode();
                int p = 1;
                ps.setString(p++, String.format(Locale.ROOT, "B%07d", i));
                ps.setString(p++, c.getName());
                ps.setString(p++, UnifiedSocialCreditCode.compose('9', '1', division, String.format(Locale.ROOT, "%08d", i)));
                ps.setString(p++, c.getIndustry().name());
                ps.setString(p++, c.getRegion().name());
                ps.setString(p++, c.getSize().name());
                ps.setDate(p++, Date.valueOf(c.getFoundedOn()));
                ps.setBigDecimal(p++, c.getRegisteredCapital());
                ps.setString(p++, c.getLegalRepresentative());
                ps.setString(p++, c.getAddress());
                ps.setString(p++, c.getCustomerType().name());
                ps.setString(p++, c.getLifecycleStage().name());
                ps.setString(p++, c.getRelationshipLevel().name());
                ps.setString(p++, c.getOwner());
                ps.setTimestamp(p++, now);
                // the credit columns as the credit feature keeps them: nine in ten with a decision, every one with an exposure
                long exposure = (i * 104729L) % 3_000_000;
                boolean decided = i % 10 != 0;
                int rank = (int) ((i * 31L) % 7);
                long limit = (i * 7919L) % 5_000_000;
                ps.setString(p++, decided ? ratings[rank] : null);
                ps.setObject(p++, decided ? RATING_RANKS[rank] : null);
                ps.setString(p++, decided ? classes[rank / 2] : null);
                ps.setObject(p++, decided ? rank / 2 : null);
                ps.setBigDecimal(p++, decided ? java.math.BigDecimal.valueOf(limit) : null);
                ps.setBigDecimal(p++, java.math.BigDecimal.valueOf(exposure));
                ps.setBigDecimal(p, decided ? java.math.BigDecimal.valueOf(limit - exposure) : null);
                ps.addBatch();
                if (i % 5_000 == 0) {
                    ps.executeBatch();
                    con.commit();
                }
            }
            ps.executeBatch();
            con.commit();
            if (postgres) {
                try (Statement st = con.createStatement()) {
                    con.setAutoCommit(true);
                    st.execute("vacuum analyze customer");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf(Locale.ROOT, "loaded %,d customers in %.1f s%n", customers, (System.nanoTime() - start) / 1e9);
        return true;
    }

    /**
     * The customers list's credit columns, as the credit feature keeps them: nine customers in ten with a
     * decision (rating AAA…C, risk class, a limit up to 5 million), every one with an exposure up to 3 million.
     */
    static final int[] RATING_RANKS = {0, 1, 2, 3, 4, 5, 8};

    static boolean creditFigures(JdbcTemplate jdbc, boolean postgres) {
        Long filled = jdbc.queryForObject("select count(*) from customer where credit_exposure is not null", Long.class);
        if (filled != null && filled > 0) {
            return false;
        }
        long start = System.nanoTime();
        Long max = jdbc.queryForObject("select max(id) from customer", Long.class);
        // in slices of 50,000 rows: one transaction over a million rows is slow to commit on H2
        for (long from = 0; max != null && from <= max; from += 50_000) {
            jdbc.update("update customer set credit_exposure = mod(id * 104729, 3000000), "
                    + "credit_limit = case when mod(id, 10) = 0 then null else mod(id * 7919, 5000000) end, "
                    + "credit_rating_rank = case when mod(id, 10) = 0 then null else mod(id * 31, 7) end, "
                    + "credit_risk_rank = case when mod(id, 10) = 0 then null else mod(id * 31, 7) / 2 end where id > ? and id <= ?",
                    from, from + 50_000);
            jdbc.update("update customer set credit_available = credit_limit - credit_exposure, "
                    + "credit_rating = case credit_rating_rank when 0 then 'AAA' when 1 then 'AA' when 2 then 'A' when 3 then 'BBB' "
                    + "when 4 then 'BB' when 5 then 'B' when 6 then 'C' end, "
                    + "credit_risk_class = case credit_risk_rank when 0 then 'LOW' when 1 then 'MEDIUM' when 2 then 'HIGH' when 3 then 'VERY_HIGH' end "
                    + "where credit_limit is not null and id > ? and id <= ?", from, from + 50_000);
        }
        if (postgres) {
            jdbc.execute("vacuum analyze customer");
        }
        System.out.printf(Locale.ROOT, "credit figures filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return true;
    }

    private CustomerGridBenchmark() {
    }
}
