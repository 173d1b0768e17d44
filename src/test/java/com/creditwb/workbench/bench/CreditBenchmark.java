package com.creditwb.workbench.bench;

import com.creditwb.workbench.WorkbenchApplication;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.RescoreService;
import com.creditwb.workbench.credit.model.CollateralType;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.demo.CustomerDemoData;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.demo.StatementDemoData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit benchmark (issue 5), on an H2 file database in target/bench:
 * <ol>
 * <li>loads {@code bench.customers} customers (100,000 by default) by JDBC batch, each with two years of
 * statements (the demo generator's figures), an approved assessment and two open invoices;</li>
 * <li>re-scores the whole portfolio with {@link RescoreService} as the UI does (background job) and
 * reports throughput;</li>
 * <li>drives {@code POST /api/credit-check} over loopback at a fixed rate ({@code bench.rate}, 500/s) for
 * {@code bench.seconds} (20) after a warm-up, open loop, {@code bench.checkRuns} (5) times, and reports achieved
 * requests/s and latency percentiles of each run.</li>
 * </ol>
 * Run: {@code BENCH=com.creditwb.workbench.bench.CreditBenchmark ./wb bench}.
 */
public final class CreditBenchmark {

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 20);
        String password = "bench-" + System.nanoTime();
        try (ConfigurableApplicationContext context = start(password)) {
            DataSource ds = context.getBean(DataSource.class);
            load(ds, context, customers);
            String adminPassword = resetAdmin(ds, context, password);

            RescoreService rescore = context.getBean(RescoreService.class);
            for (int round = 1; round <= Integer.getInteger("bench.rescoreRounds", 2); round++) {
                RescoreService.Job job = SystemAuthentication.call(rescore::start);
                while (!job.finished()) {
                    Thread.sleep(200);
                }
                System.out.printf(Locale.ROOT, "re-scoring round %d: %,d decisions in %.1f s = %,.0f per second (%,d would change rating)%n",
                        round, job.done(), job.millis() / 1000.0, job.done() * 1000.0 / Math.max(1, job.millis()), job.changed());
            }

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<String> codes = new JdbcTemplate(ds).queryForList("select code from customer order by id", String.class);
            com.creditwb.workbench.credit.CreditMonitorService monitor = context.getBean(com.creditwb.workbench.credit.CreditMonitorService.class);
            SystemAuthentication.run(() -> {
                Random r = new Random(3);
                for (int round = 0; round < 2; round++) {
                    long t = System.nanoTime();
                    for (int i = 0; i < 2000; i++) {
                        monitor.check(codes.get(r.nextInt(codes.size())), BigDecimal.valueOf(1000 + r.nextInt(500_000)), "CNY");
                    }
                    System.out.printf(Locale.ROOT, "credit check in the service, one thread: %.2f ms each%n", (System.nanoTime() - t) / 2000 / 1e6);
                }
            });
            HttpConnection one = new HttpConnection(port);
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                for (int i = 0; i < 500; i++) {
                    one.post("/api/credit-check", auth, "{\"customer\":\"" + codes.get(i * 7) + "\",\"amount\":1000}");
                }
                System.out.printf(Locale.ROOT, "credit check over HTTP, one connection, sequential: %.2f ms each%n", (System.nanoTime() - t) / 500 / 1e6);
            }
            one.close();
            // warm: a short run, then a whole unmeasured run at the full rate (the compiler settles during the first one)
            System.out.printf(Locale.ROOT, "credit check warm-up: %s%n", load(port, codes, adminPassword, 200, 8).summary());
            System.out.printf(Locale.ROOT, "credit check warm-up at %d/s: %s%n", rate, load(port, codes, adminPassword, rate, seconds).summary());
            for (int round = 1; round <= Integer.getInteger("bench.checkRuns", 5); round++) {
                long gcBefore = gcMillis();
                Result r = load(port, codes, adminPassword, rate, seconds);
                System.out.printf(Locale.ROOT, "credit check at %d/s for %d s, run %d: %s; GC pauses %d ms in all%n", rate, seconds, round,
                        r.summary(), gcMillis() - gcBefore);
            }
        }
        System.exit(0);
    }

    /**
     * The app on PostgreSQL — the database {@code ./wb} makes for the cluster test, {@code workbench_cluster} — on a free
     * port. The database is emptied first unless it holds the benchmark's portfolio already ({@code customers} decisions).
     */
    static ConfigurableApplicationContext startPostgres(String password, int customers) throws java.sql.SQLException {
        String url = System.getenv().getOrDefault("WORKBENCH_TEST_CLUSTER_DB_URL", "jdbc:postgresql://localhost:5432/workbench_cluster");
        String user = System.getenv().getOrDefault("WORKBENCH_TEST_DB_USER", "workbench_test");
        String pw = System.getenv().getOrDefault("WORKBENCH_TEST_DB_PASSWORD", "");
        emptyUnless(url, user, pw, "select count(*) from credit_assessment where is_current = true", customers);
        Path dir = Path.of("target", "bench").toAbsolutePath();
        List<String> props = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=" + pw,
                "--workbench.data-dir=" + dir, "--workbench.admin.initial-password=" + password, "--logging.level.root=warn",
                "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=16");
        return new SpringApplicationBuilder(WorkbenchApplication.class).web(WebApplicationType.SERVLET).profiles("postgres")
                .run(props.toArray(String[]::new));
    }

    /** Empties the PostgreSQL database unless the query counts the portfolio a benchmark loaded there before. */
    static void emptyUnless(String url, String user, String password, String countQuery, long expected) throws java.sql.SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); java.sql.Statement st = c.createStatement()) {
            boolean ready = false;
            try (java.sql.ResultSet rs = st.executeQuery(countQuery)) {
                ready = rs.next() && rs.getLong(1) == expected;
            } catch (java.sql.SQLException none) {
                // no schema yet
            }
            if (!ready) {
                st.execute("drop schema if exists public cascade");
                st.execute("create schema public");
            }
        }
    }

    /** The app on the credit benchmarks' H2 file database in target/bench, on a free port, the admin's password given. */
    static ConfigurableApplicationContext start(String password) {
        Path dir = Path.of("target", "bench").toAbsolutePath();
        List<String> props = List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("credit") + System.getProperty("bench.h2", ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072;WRITE_DELAY=0"),
                "--workbench.data-dir=" + dir, "--workbench.admin.initial-password=" + password, "--logging.level.root=warn",
                "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=16");
        return new SpringApplicationBuilder(WorkbenchApplication.class).web(WebApplicationType.SERVLET).run(props.toArray(String[]::new));
    }

    record Result(int sent, int ok, int failed, double achieved, double p50, double p95, double p99, double max, Map<String, Integer> decisions) {
        String summary() {
            return String.format(Locale.ROOT, "%,d requests, %,d ok, %d failed, %.0f req/s achieved; latency ms p50 %.2f, p95 %.2f, p99 %.2f, max %.1f; %s",
                    sent, ok, failed, achieved, p50, p95, p99, max, decisions);
        }
    }

    /**
     * Open loop: a request is due every 1/rate s whatever the answers do, and its latency runs from when it
     * was due to the end of the response (so queueing in the client counts too). Requests go over 32
     * kept-alive loopback connections with TCP_NODELAY, each request written in one piece.
     */
    static Result load(int port, List<String> codes, String password, int rate, int seconds) throws Exception {
        return load(port, "admin", password, rate, seconds, "/api/credit-check", random -> String.format(Locale.ROOT,
                "{\"customer\":\"%s\",\"amount\":%d,\"currency\":\"CNY\"}", codes.get(random.nextInt(codes.size())), 1000 + random.nextInt(500_000)));
    }

    /** The same open loop for any JSON POST: the body of each request made from the random source in order. */
    static Result load(int port, String user, String password, int rate, int seconds, String path,
            java.util.function.Function<Random, String> bodies) throws Exception {
        return load(new int[] {port}, user, password, rate, seconds, path, bodies);
    }

    /** The same open loop over several nodes: the connections are spread over the ports in turn. */
    static Result load(int[] ports, String user, String password, int rate, int seconds, String path,
            java.util.function.Function<Random, String> bodies) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int connections = 32;
        java.util.concurrent.BlockingQueue<HttpConnection> pool = new java.util.concurrent.ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            pool.add(new HttpConnection(ports[i % ports.length]));
        }
        java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(connections);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Integer> decisions = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        Random random = new Random(7);
        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            String body = bodies.apply(random);
            pending.add(workers.submit(() -> {
                HttpConnection c = null;
                try {
                    c = pool.take();
                    String answer = c.post(path, auth, body);
                    latencies.add(System.nanoTime() - due);
                    decisions.merge(answer.replaceAll("(?s).*\"decision\":\"(\\w+)\".*", "$1"), 1, Integer::sum);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    decisions.merge("failed " + e.getMessage(), 1, Integer::sum);
                    latencies.add(System.nanoTime() - due);
                } finally {
                    if (c != null) {
                        pool.add(c);
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : pending) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        pool.forEach(HttpConnection::close);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(total, total - failed.get(), failed.get(), total / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, new java.util.TreeMap<>(decisions));
    }

    /** A kept-alive HTTP/1.1 connection: one request written at once, the answer read by its Content-Length. */
    static final class HttpConnection {
        private final int port;
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;

        HttpConnection(int port) throws java.io.IOException {
            this.port = port;
            open();
        }

        private void open() throws java.io.IOException {
            socket = new java.net.Socket("localhost", port);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        /** Tomcat ends a kept-alive connection after 100 requests (Connection: close); the next request opens a new one. */
        String post(String path, String auth, String body) throws java.io.IOException {
            return send(path, auth, body);
        }

        private String send(String path, String auth, String body) throws java.io.IOException {
            if (socket.isClosed()) {
                open();
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
            byte[] request = java.util.Arrays.copyOf(headBytes, headBytes.length + content.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            out.write(request);
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                answer.write(in.readNBytes(length));
            }
            if (closing) {
                socket.close();
            }
            if (!status.contains(" 200 ") && !status.contains(" 201 ")) {
                throw new java.io.IOException(status);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException();
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (java.io.IOException e) {
                // closing anyway
            }
        }
    }

    static long gcMillis() {
        // pauses only: ZGC's "Cycles" and G1's "Concurrent GC" run beside the application
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(b -> !b.getName().contains("Cycles") && !b.getName().contains("Concurrent"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** The benchmark signs in as admin with a password of its own. */
    static String resetAdmin(DataSource ds, ConfigurableApplicationContext context, String password) {
        String hash = context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class).encode(password);
        new JdbcTemplate(ds).update("update app_user set password_hash = ?, failed_attempts = 0, locked_until = null where username = 'admin'", hash);
        return password;
    }

    static void load(DataSource ds, ConfigurableApplicationContext context, int customers) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Long held = jdbc.queryForObject("select count(*) from credit_assessment where is_current = true", Long.class);
        if (held != null && held == customers) {
            System.out.printf(Locale.ROOT, "reusing %,d customers with statements and decisions%n", customers);
            return;
        }
        long t0 = System.nanoTime();
        jdbc.execute("delete from credit_assessment");
        jdbc.execute("delete from receivable_import");
        CustomerGridBenchmark.load(ds, customers, false);
        long modelId = SystemAuthentication.call(() -> context.getBean(ScoringModelService.class).current().getId());
        List<Long> ids = jdbc.queryForList("select id from customer order by id", Long.class);
        Random random = new Random(11);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate asOf = LocalDate.now().withDayOfMonth(1).minusDays(1);
        String[] grades = {"AAA", "AA", "A", "BBB", "BB", "B", "C"};
        try (Connection con = ds.getConnection();
                PreparedStatement set = con.prepareStatement("insert into statement_set (id, customer_id, period_end, interim, currency,"
                        + " unit_factor, audited, source_type, revision, is_current, version, created_at, created_by)"
                        + " values (?,?,?,false,'CNY',10000,true,'MANUAL',1,true,0,?,'bench')");
                PreparedStatement line = con.prepareStatement("insert into statement_line (set_id, item_code, amount) values (?,?,?)");
                PreparedStatement assessment = con.prepareStatement("insert into credit_assessment (customer_id, model_id, status,"
                        + " requested_limit, requested_terms, expected_purchases, collateral_type, haircut, period_end, inputs, score, rating,"
                        + " risk_class, suggested_limit, limit_amount, currency, terms_days, review_months, next_review_date, author,"
                        + " submitted_at, approver, decided_at, is_current, version, created_at, created_by)"
                        + " values (?,?,'APPROVED',?,60,?,'NONE',0.3,?,?,?,?,'MEDIUM',?,?,'CNY',60,12,?,'bench1',?,'bench2',?,true,0,?,'bench')");
                PreparedStatement imp = con.prepareStatement("insert into receivable_import (id, as_of, file_name, item_count, total,"
                        + " is_current, version, created_at, created_by) values (1,?,'bench.xlsx',?,0,true,0,?,'bench')");
                PreparedStatement item = con.prepareStatement("insert into receivable_item (import_id, customer_id, invoice_no, invoice_date,"
                        + " due_date, amount, currency) values (1,?,?,?,?,?,'CNY')")) {
            con.setAutoCommit(false);
            long setId = 1;
            jdbc.execute("delete from statement_set");
            imp.setDate(1, Date.valueOf(asOf));
            imp.setInt(2, ids.size() * 2);
            imp.setTimestamp(3, now);
            imp.executeUpdate();
            for (int i = 0; i < ids.size(); i++) {
                long customerId = ids.get(i);
                Customer c = CustomerDemoData.customer(i + 1, random);
                List<Map<LineItem, BigDecimal>> years = StatementDemoData.company(com.creditwb.workbench.customer.CustomerRecord.of(c, true), random.nextInt(10) == 0, random);
                for (int y = 1; y <= 2; y++) {
                    set.setLong(1, setId);
                    set.setLong(2, customerId);
                    set.setDate(3, Date.valueOf(LocalDate.of(2023 + y, 12, 31)));
                    set.setTimestamp(4, now);
                    set.addBatch();
                    for (Map.Entry<LineItem, BigDecimal> e : years.get(y).entrySet()) {
                        line.setLong(1, setId);
                        line.setString(2, e.getKey().name());
                        line.setBigDecimal(3, e.getValue());
                        line.addBatch();
                    }
                    setId++;
                }
                Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
                for (SubFactor s : SubFactor.values()) {
                    scores.put(s, new AssessmentInput.SubScore(1 + random.nextInt(5), null, false));
                }
                BigDecimal limit = BigDecimal.valueOf(100_000L * (1 + random.nextInt(50)));
                AssessmentInput in = new AssessmentInput(limit, 60, limit.multiply(BigDecimal.valueOf(6)), CollateralType.NONE, null, 0.3,
                        LocalDate.of(2025, 12, 31), scores);
                int p = 1;
                assessment.setLong(p++, customerId);
                assessment.setLong(p++, modelId);
                assessment.setBigDecimal(p++, limit);
                assessment.setBigDecimal(p++, limit.multiply(BigDecimal.valueOf(6)));
                assessment.setDate(p++, Date.valueOf(LocalDate.of(2025, 12, 31)));
                assessment.setString(p++, com.creditwb.workbench.common.Json.write(in));
                assessment.setDouble(p++, 40 + random.nextInt(60));
                assessment.setString(p++, grades[random.nextInt(grades.length)]);
                assessment.setBigDecimal(p++, limit);
                assessment.setBigDecimal(p++, limit);
                assessment.setDate(p++, Date.valueOf(LocalDate.now().plusMonths(random.nextInt(13) - 1)));
                assessment.setTimestamp(p++, now);
                assessment.setTimestamp(p++, now);
                assessment.setTimestamp(p, now);
                assessment.addBatch();
                for (int k = 0; k < 2; k++) {
                    LocalDate invoice = asOf.minusDays(random.nextInt(150));
                    item.setLong(1, customerId);
                    item.setString(2, "B-" + customerId + "-" + k);
                    item.setDate(3, Date.valueOf(invoice));
                    item.setDate(4, Date.valueOf(invoice.plusDays(60)));
                    item.setBigDecimal(5, limit.multiply(BigDecimal.valueOf(random.nextDouble() * 0.6)).setScale(2, java.math.RoundingMode.HALF_UP));
                    item.addBatch();
                }
                if ((i + 1) % 2_000 == 0) {
                    set.executeBatch();
                    line.executeBatch();
                    assessment.executeBatch();
                    item.executeBatch();
                    con.commit();
                }
            }
            set.executeBatch();
            line.executeBatch();
            assessment.executeBatch();
            item.executeBatch();
            con.commit();
        }
        jdbc.execute("alter table statement_set alter column id restart with " + (ids.size() * 2L + 10));
        // the decisions' figures on the customer rows, as an approval writes them (CustomerCreditFigures)
        String current = " from credit_assessment a where a.customer_id = customer.id and a.is_current = true)";
        jdbc.update("update customer set credit_decision_id = (select a.id" + current + ", credit_decided_limit = (select a.limit_amount" + current
                + ", credit_limit = (select a.limit_amount" + current + ", credit_currency = (select a.currency" + current
                + ", credit_review_date = (select a.next_review_date" + current + ", credit_risk_class = (select a.risk_class" + current
                + ", credit_rating = (select a.rating" + current + ", credit_decided_at = (select a.decided_at" + current);
        System.out.printf(Locale.ROOT, "loaded %,d customers with 2 years of statements, a decision and 2 open items each in %.1f s%n",
                ids.size(), (System.nanoTime() - t0) / 1e9);
    }

    private CreditBenchmark() {
    }

}
