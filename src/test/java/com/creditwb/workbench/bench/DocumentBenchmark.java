package com.creditwb.workbench.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit-operations benchmark (issue 16), on an H2 file database in target/bench:
 * <ol>
 * <li>loads {@code bench.customers} customers (100,000 by default) with statements, an approved decision and open
 * invoices as the credit benchmark does, then by JDBC batch an open order and a delivery of part of it for each;</li>
 * <li>drives {@code POST /api/credit/documents} (a new order of a random customer each time, so each is checked
 * against that customer's committed exposure and stored) and then {@code POST /api/credit-check} over loopback at a
 * fixed rate (each of {@code bench.documentRates}, by default three runs at 300/s, then {@code bench.rate}, 1,000/s) for
 * {@code bench.seconds} (10) after a warm-up, open loop, and reports the achieved rate, latency percentiles and the CPU each
 * document cost (this JVM, and the whole machine with the database).</li>
 * </ol>
 * {@code -Dbench.db=postgres} runs it on PostgreSQL (the cluster test's database, {@code workbench_cluster}), and with
 * {@code -Dbench.nodes=2} on two nodes — two application contexts on that database, the load spread over both.
 * Run: {@code BENCH=com.creditwb.workbench.bench.DocumentBenchmark ./wb bench}.
 */
public final class DocumentBenchmark {

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int rate = Integer.getInteger("bench.rate", 1000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        String password = "bench-" + System.nanoTime();
        boolean postgres = "postgres".equals(System.getProperty("bench.db", "h2"));
        int nodes = Integer.getInteger("bench.nodes", 1);
        try (ConfigurableApplicationContext context = postgres ? CreditBenchmark.startPostgres(password, customers) : CreditBenchmark.start(password)) {
            DataSource ds = context.getBean(DataSource.class);
            CreditBenchmark.load(ds, context, customers);
            documents(ds);
            String admin = CreditBenchmark.resetAdmin(ds, context, password);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            // a second node: another application context on the same database (in this JVM, sharing the machine's cores)
            ConfigurableApplicationContext second = nodes > 1 ? CreditBenchmark.startPostgres(password, customers) : null;
            int[] ports = second == null ? new int[] {port} : new int[] {port, ((WebServerApplicationContext) second).getWebServer().getPort()};
            System.out.printf(Locale.ROOT, "%s, %d node(s) on ports %s%n", postgres ? "PostgreSQL" : "H2 file", ports.length, java.util.Arrays.toString(ports));
            List<String> codes = new JdbcTemplate(ds).queryForList("select code from customer order by id", String.class);
            // credit managers send documents; the benchmark signs in as a credit manager of its own
            String user = creditManager(ds, context, password);
            long run = System.nanoTime() % 1_000_000;
            java.util.concurrent.atomic.AtomicLong seq = new java.util.concurrent.atomic.AtomicLong();
            java.util.function.Function<Random, String> order = r -> String.format(Locale.ROOT,
                    "{\"customer\":\"%s\",\"type\":\"ORDER\",\"number\":\"B%d-%d\",\"amount\":%d,\"currency\":\"CNY\"}",
                    codes.get(r.nextInt(codes.size())), run, seq.incrementAndGet(), 1000 + r.nextInt(200_000));
            java.util.function.Function<Random, String> check = r -> String.format(Locale.ROOT, "{\"customer\":\"%s\",\"amount\":%d,\"currency\":\"CNY\"}",
                    codes.get(r.nextInt(codes.size())), 1000 + r.nextInt(500_000));
            // the same work in the service, one thread: where the time goes without HTTP
            com.creditwb.workbench.credit.documents.DocumentService service = context.getBean(com.creditwb.workbench.credit.documents.DocumentService.class);
            com.creditwb.workbench.credit.CreditMonitorService monitor = context.getBean(com.creditwb.workbench.credit.CreditMonitorService.class);
            com.creditwb.workbench.common.SystemAuthentication.callAs(user, List.of("CREDIT_MANAGER"), () -> {
                Random r = new Random(9);
                for (int round = 0; round < 2; round++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 300; i++) {
                        service.check(new com.creditwb.workbench.credit.documents.DocumentService.Request(codes.get(r.nextInt(codes.size())),
                                com.creditwb.workbench.credit.documents.DocumentType.ORDER, "S" + run + "-" + round + "-" + i,
                                java.math.BigDecimal.valueOf(1000 + r.nextInt(200_000)), "CNY", null, null));
                    }
                    long t1 = System.nanoTime();
                    for (int i = 0; i < 300; i++) {
                        monitor.check(codes.get(r.nextInt(codes.size())), java.math.BigDecimal.valueOf(1000 + r.nextInt(200_000)), "CNY");
                    }
                    long t2 = System.nanoTime();
                    System.out.printf(Locale.ROOT, "in the service, one thread: document check %.2f ms, credit check %.2f ms each%n",
                            (t1 - t0) / 300 / 1e6, (t2 - t1) / 300 / 1e6);
                }
                return null;
            });
            floor(ds);
            // one request first, alone: the credentials are verified (bcrypt) once and then remembered; 32 first sign-ins
            // at once would be counted as guesses by the login throttle
            CreditBenchmark.HttpConnection first = new CreditBenchmark.HttpConnection(port);
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Random one = new Random(1);
            long t = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                first.post("/api/credit/documents", auth, order.apply(one));
            }
            System.out.printf(Locale.ROOT, "documents over HTTP, one connection, sequential: %.2f ms each%n", (System.nanoTime() - t) / 300 / 1e6);
            first.close();
            System.out.printf(Locale.ROOT, "documents warm-up: %s%n", CreditBenchmark.load(ports, user, password, 100, 8, "/api/credit/documents", order).summary());
            for (String r : System.getProperty("bench.documentRates", "300,300,300," + rate).split(",")) {
                int perSecond = Integer.parseInt(r.strip());
                long gc = CreditBenchmark.gcMillis();
                CpuMeter cpu = CpuMeter.start();
                CreditBenchmark.Result res = CreditBenchmark.load(ports, user, password, perSecond, seconds, "/api/credit/documents", order);
                System.out.printf(Locale.ROOT, "POST /api/credit/documents at %d/s for %d s: %s; GC pauses %d ms; %s%n", perSecond, seconds,
                        res.summary(), CreditBenchmark.gcMillis() - gc, cpu.perRequest(res.ok()));
            }
            if (second != null) {
                second.close();
            }
            CreditBenchmark.HttpConnection warm = new CreditBenchmark.HttpConnection(port);
            warm.post("/api/credit-check", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + admin)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), check.apply(new Random(2)));
            warm.close();
            for (int round = 1; round <= 2; round++) {
                long gc = CreditBenchmark.gcMillis();
                CreditBenchmark.Result r = CreditBenchmark.load(port, "admin", admin, rate, seconds, "/api/credit-check", check);
                System.out.printf(Locale.ROOT, "POST /api/credit-check at %d/s for %d s, run %d: %s; GC pauses %d ms%n", rate, seconds, round,
                        r.summary(), CreditBenchmark.gcMillis() - gc);
            }
        }
        System.exit(0);
    }

    /**
     * What the database alone costs a blocked document, by plain JDBC on one thread: the document row and as many audit
     * rows as a blocked document and its hold wrote above, committed (WRITE_DELAY=0: on disk when the commit returns).
     * The rows are removed afterwards.
     */
    static void floor(DataSource ds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Long doc = jdbc.queryForObject("select max(document_id) from credit_hold", Long.class);
        Long hold = jdbc.queryForObject("select max(id) from credit_hold", Long.class);
        if (doc == null) {
            return;
        }
        Long audits = jdbc.queryForObject("select (select count(*) from audit_log where entity_type = 'CreditDocument' and entity_id = ?)"
                + " + (select count(*) from audit_log where entity_type = 'CreditHold' and entity_id = ?)", Long.class, doc, hold);
        long first = jdbc.queryForObject("select max(id) from credit_document", Long.class) + 1_000_000;
        Random random = new Random(3);
        List<Long> ids = jdbc.queryForList("select id from customer", Long.class);
        try (Connection con = ds.getConnection();
                PreparedStatement d = con.prepareStatement("insert into credit_document (id, customer_id, doc_type, number, amount, currency,"
                        + " doc_date, amount_limit, decision, codes, status, checked_at, checks, version, created_at, created_by)"
                        + " values (?, ?, 'ORDER', ?, 1000, 'CNY', current_date, 1000, 'BLOCK', 'LIMIT_EXCEEDED', 'REJECTED', current_timestamp, 1, 0,"
                        + " current_timestamp, 'bench')");
                PreparedStatement a = con.prepareStatement("insert into audit_log (subject_type, subject_id, entity_type, entity_id, action,"
                        + " field, old_value, new_value, changed_by, changed_at, area) values ('Customer', ?, 'BenchFloor', ?, 'CREATE', 'amount',"
                        + " null, '1000', 'bench', current_timestamp, 'CREDIT')")) {
            con.setAutoCommit(false);
            int n = 300;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long customer = ids.get(random.nextInt(ids.size()));
                d.setLong(1, first + i);
                d.setLong(2, customer);
                d.setString(3, "FLOOR-" + (first + i));
                d.executeUpdate();
                for (int k = 0; k < audits; k++) {
                    a.setLong(1, customer);
                    a.setLong(2, first + i);
                    a.executeUpdate();
                }
                con.commit();
            }
            System.out.printf(Locale.ROOT, "database floor, plain JDBC, one thread: a document row and its %d audit rows, committed: %.2f ms each%n",
                    audits, (System.nanoTime() - t0) / n / 1e6);
        } finally {
            jdbc.update("delete from audit_log where entity_type = 'BenchFloor'");
            jdbc.update("delete from credit_document where number like 'FLOOR-%'");
        }
    }

    /** An open order and a delivery of 60 % of it for every customer, counted in the exposure. */
    static void documents(DataSource ds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Long held = jdbc.queryForObject("select count(*) from credit_document where number like 'BO-%'", Long.class);
        List<Long> ids = jdbc.queryForList("select id from customer order by id", Long.class);
        if (held != null && held == ids.size()) {
            System.out.printf(Locale.ROOT, "reusing %,d open orders and deliveries%n", held);
            return;
        }
        long t0 = System.nanoTime();
        jdbc.execute("delete from credit_hold");
        jdbc.execute("delete from credit_document");
        Timestamp now = Timestamp.from(Instant.now());
        Date today = Date.valueOf(LocalDate.now());
        Random random = new Random(5);
        try (Connection con = ds.getConnection();
                PreparedStatement doc = con.prepareStatement("insert into credit_document (id, customer_id, doc_type, number, amount, currency,"
                        + " doc_date, reference, reference_id, amount_limit, decision, codes, status, checked_at, checks, version, created_at,"
                        + " created_by) values (?,?,?,?,?,'CNY',?,?,?,?,'APPROVE','','COUNTED',?,1,0,?,'bench')")) {
            con.setAutoCommit(false);
            long id = 1;
            for (Long c : ids) {
                java.math.BigDecimal amount = java.math.BigDecimal.valueOf(10_000 + random.nextInt(90_000));
                java.math.BigDecimal delivered = amount.multiply(new java.math.BigDecimal("0.6")).setScale(2, java.math.RoundingMode.DOWN);
                add(doc, id, c, "ORDER", "BO-" + c, amount, today, null, null, now);
                add(doc, id + 1, c, "DELIVERY", "BD-" + c, delivered, today, "BO-" + c, id, now);
                id += 2;
                if (id % 10_000 == 1) {
                    doc.executeBatch();
                }
            }
            doc.executeBatch();
            con.commit();
        }
        jdbc.execute("alter table credit_document alter column id restart with " + (ids.size() * 2L + 1));
        System.out.printf(Locale.ROOT, "loaded %,d open orders and deliveries in %.1f s%n", ids.size() * 2L, (System.nanoTime() - t0) / 1e9);
    }

    private static void add(PreparedStatement doc, long id, Long customer, String type, String number, java.math.BigDecimal amount, Date date,
            String reference, Long referenceId, Timestamp now) throws java.sql.SQLException {
        doc.setLong(1, id);
        doc.setLong(2, customer);
        doc.setString(3, type);
        doc.setString(4, number);
        doc.setBigDecimal(5, amount);
        doc.setDate(6, date);
        doc.setString(7, reference);
        if (referenceId == null) {
            doc.setNull(8, java.sql.Types.BIGINT);
        } else {
            doc.setLong(8, referenceId);
        }
        doc.setBigDecimal(9, amount);
        doc.setTimestamp(10, now);
        doc.setTimestamp(11, now);
        doc.addBatch();
    }

    /** A credit manager "bench-credit" with the benchmark's password (created once). */
    static String creditManager(DataSource ds, ConfigurableApplicationContext context, String password) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String hash = context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class).encode(password);
        Long n = jdbc.queryForObject("select count(*) from app_user where username = 'bench-credit'", Long.class);
        if (n == null || n == 0) {
            jdbc.update("insert into app_user (username, display_name, password_hash, enabled, must_change_password, failed_attempts, version)"
                    + " values ('bench-credit', 'Bench credit', ?, true, false, 0, 0)", hash);
            Long id = jdbc.queryForObject("select id from app_user where username = 'bench-credit'", Long.class);
            jdbc.update("insert into app_user_role (user_id, role) values (?, 'CREDIT_MANAGER')", id);
        } else {
            jdbc.update("update app_user set password_hash = ?, failed_attempts = 0, locked_until = null where username = 'bench-credit'", hash);
        }
        return "bench-credit";
    }
}
