package com.creditwb.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.creditwb.workbench.ChildApp;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of the real application (the packaged jar, profiles demo and postgres) on a PostgreSQL database of their own
 * ({@code workbench_cluster}, which {@code ./wb test} makes) behind HAProxy with the shipped configuration. Document checks of one customer
 * spread over both nodes never approve beyond the limit; a limit approved on one node is in force on the other; the
 * reminder job runs on one node at a time and each reminder is sent once; a node killed with SIGKILL under load leaves
 * the other answering, the balancer sees it down, and nothing it confirmed is lost. Runs in {@code ./wb test}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern JOB_RUNS = Pattern.compile("workbench_jobs_total\\{[^}]*name=\"expiryReminders\"[^}]*ran=\"(true|false)\"[^}]*} ([0-9.E]+)");

    Path dir;
    ChildApp a;
    ChildApp b;
    Balancer balancer;
    String dbUrl;

    /** The customer the concurrent checks went to, and the document amount they used. */
    String customer;
    BigDecimal amount;
    long temporaryRequest;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("workbench-cluster");
        dbUrl = System.getenv().getOrDefault("WORKBENCH_TEST_CLUSTER_DB_URL", "jdbc:postgresql://localhost:5432/workbench_cluster");
        try (Connection c = connect(dbUrl); Statement s = c.createStatement()) {
            // what the last run left: the nodes start on an empty database
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        Map<String, String> env = Map.of("WORKBENCH_DB_URL", dbUrl, "WORKBENCH_DB_USER", user(), "WORKBENCH_DB_PASSWORD", password());
        // the reminder job tried every second on each node, held 3 s once it ran
        String[] args = {"--workbench.demo.statements=false", "--workbench.reminders.cron=* * * * * *", "--workbench.reminders.hold=PT3S"};
        a = ChildApp.start(Files.createDirectories(dir.resolve("a")), "demo,postgres", env, args)
                .await("/actuator/health/readiness", null, Duration.ofSeconds(180));
        b = ChildApp.start(Files.createDirectories(dir.resolve("b")), "demo,postgres", env, args)
                .await("/actuator/health/readiness", null, Duration.ofSeconds(180));
        balancer = Balancer.start(dir, a, b);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {balancer, a, b}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void two_hundred_concurrent_checks_over_both_nodes_never_approve_beyond_the_available_limit() throws Exception {
        pickCustomer();
        JsonNode before = json(send(balancer.url(), "GET", "/api/customers/" + customer + "/credit", "credit1", null)).path("committed");
        BigDecimal available = before.path("available").decimalValue();
        BigDecimal total = before.path("total").decimalValue();
        // about 40 of the 200 fit: the rest must be held
        amount = available.divide(BigDecimal.valueOf(40), 2, RoundingMode.DOWN);
        int n = 200;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < n; i++) {
            String body = document(customer, "CC-" + run + "-" + i, amount);
            answers.add(pool.submit(() -> {
                go.await();
                return send(balancer.url(), "POST", "/api/credit/documents", "credit1", body);
            }));
        }
        go.countDown();
        int counted = 0;
        int held = 0;
        Map<String, Integer> byNode = new HashMap<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            byNode.merge(r.headers().firstValue("X-Node").orElse("?"), 1, Integer::sum);
            String status = json(r).path("status").asString();
            if ("COUNTED".equals(status)) {
                counted++;
            } else if ("HELD".equals(status)) {
                held++;
            }
        }
        pool.shutdown();
        BigDecimal approved = amount.multiply(BigDecimal.valueOf(counted));
        JsonNode after = json(send(balancer.url(), "GET", "/api/customers/" + customer + "/credit", "credit1", null)).path("committed");
        System.out.printf("cluster: %d checks of %s at %s CNY each (available %s): %d counted, %d held; answered by %s%n", n, customer, amount,
                available, counted, held, byNode);
        assertThat(byNode).as("answered by both nodes").containsKeys("node1", "node2");
        assertThat(counted + held).isEqualTo(n);
        assertThat(approved).as("approved in all").isLessThanOrEqualTo(available);
        assertThat(counted).as("the limit was reached: as many approved as fit").isEqualTo(available.divideToIntegralValue(amount).intValue());
        assertThat(after.path("total").decimalValue()).as("committed exposure afterwards").isEqualByComparingTo(total.add(approved));
    }

    @Test
    @Order(2)
    void a_temporary_limit_approved_on_node_a_is_in_force_on_node_b() throws Exception {
        String check = "{\"customer\":\"" + customer + "\",\"amount\":" + amount + ",\"currency\":\"CNY\"}";
        assertThat(json(send(b.url(), "POST", "/api/credit-check", "credit1", check)).path("decision").asString())
                .as("the limit is used up").isEqualTo("BLOCK");
        BigDecimal inForce = json(send(a.url(), "GET", "/api/customers/" + customer + "/credit", "credit1", null)).path("limitInForce").decimalValue();
        // half as much again, within credit2's approval authority (5,000,000 in the demo): no longer near the limit either
        BigDecimal raised = inForce.multiply(new BigDecimal("1.5")).min(new BigDecimal("5000000"));
        LocalDate until = LocalDate.now().plusDays(3);
        HttpResponse<String> asked = send(a.url(), "POST", "/api/customers/" + customer + "/limit-requests", "credit1",
                "{\"limit\":" + raised + ",\"until\":\"" + until + "\",\"reason\":\"Season\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        temporaryRequest = json(asked).path("id").asLong();
        HttpResponse<String> approved = send(a.url(), "POST", "/api/limit-requests/" + temporaryRequest + "/approve", "credit2", "{\"reason\":\"ok\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        JsonNode onB = json(send(b.url(), "POST", "/api/credit-check", "credit1", check));
        assertThat(onB.path("decision").asString()).as(onB.toString()).isEqualTo("APPROVE");
        JsonNode credit = json(send(b.url(), "GET", "/api/customers/" + customer + "/credit", "credit1", null));
        assertThat(credit.path("limitInForce").decimalValue()).isEqualByComparingTo(raised);
        assertThat(credit.path("temporaryUntil").asString()).isEqualTo(until.toString());
    }

    @Test
    @Order(3)
    void the_reminder_job_runs_on_one_node_at_a_time_and_each_reminder_is_sent_once() throws Exception {
        // the temporary limit ends within 7 days: the next run of the job (every second on each node) reminds of it
        String key = "ending:" + temporaryRequest;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (reminders(key).isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("no reminder for " + key + " in 30 s");
            }
            Thread.sleep(250);
        }
        long[] startA = jobRuns(a);
        long[] startB = jobRuns(b);
        Thread.sleep(9_000);
        long[] endA = jobRuns(a);
        long[] endB = jobRuns(b);
        long ran = endA[0] - startA[0] + endB[0] - startB[0];
        long skipped = endA[1] - startA[1] + endB[1] - startB[1];
        System.out.printf("cluster: reminder job in 9 s: ran %d (A %d, B %d), skipped %d; reminders %s%n", ran, endA[0] - startA[0],
                endB[0] - startB[0], skipped, reminders(key));
        // held 3 s once it ran: at most 4 runs in 9 s over the cluster, while the two nodes tried about 18 times
        assertThat(ran).as("runs of the cluster").isBetween(1L, 4L);
        assertThat(skipped).as("tries another run held").isGreaterThanOrEqualTo(8L);
        Map<String, Integer> sent = reminders(key);
        assertThat(sent).as("recipients of the reminder").isNotEmpty();
        assertThat(sent.values()).as("each recipient reminded once").containsOnly(1);
    }

    @Test
    @Order(4)
    void node_a_killed_under_load_leaves_node_b_answering_and_loses_nothing_it_confirmed() throws Exception {
        List<String> customers = new ArrayList<>();
        json(send(balancer.url(), "GET", "/api/customers?size=10", "admin", null)).path("content")
                .forEach(c -> customers.add(c.path("code").asString()));
        record Sent(String number, long startedNanos, int status, long id, String node) {
        }
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        String run = Long.toString(System.nanoTime(), 36);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String number = "KL-" + run + "-" + thread + "-" + i;
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(balancer.url(), "POST", "/api/credit/documents", "credit1",
                                document(customers.get(i % customers.size()), number, BigDecimal.TEN));
                        long id = r.statusCode() == 201 ? json(r).path("id").asLong() : -1;
                        sent.add(new Sent(number, started, r.statusCode(), id, r.headers().firstValue("X-Node").orElse("?")));
                    } catch (IOException e) {
                        sent.add(new Sent(number, started, -1, -1, "?"));
                    }
                }
                return null;
            });
        }
        Thread.sleep(3_000);
        a.kill9();
        long killedAt = System.nanoTime(); // A is gone: reaped
        Thread.sleep(6_000);
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        long confirmedByA = sent.stream().filter(s -> s.status() == 201 && "node1".equals(s.node())).count();
        long afterKill = sent.stream().filter(s -> s.startedNanos() > killedAt + Duration.ofMillis(500).toNanos()).count();
        List<Sent> failedAfterKill = sent.stream().filter(s -> s.startedNanos() > killedAt + Duration.ofMillis(500).toNanos() && s.status() != 201)
                .toList();
        long failed = sent.stream().filter(s -> s.status() != 201).count();
        System.out.printf("cluster: under load %d documents sent, %d confirmed by A before its SIGKILL, %d sent after it (%d failed), %d failed in all%n",
                sent.size(), confirmedByA, afterKill, failedAfterKill.size(), failed);
        assertThat(confirmedByA).as("A confirmed documents before it died").isPositive();
        assertThat(afterKill).as("B went on answering").isPositive();
        assertThat(failedAfterKill).as("requests sent after the kill all answered by B").isEmpty();
        // the others were cut off with A (sent before it was gone): the balancer's 502, or the connection closed
        assertThat(sent).filteredOn(s -> s.status() != 201).extracting(Sent::status).as("how the requests A was answering ended")
                .allMatch(status -> status == 502 || status == -1);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"DOWN".equals(balancer.status("api", "node1"))) {
            if (System.nanoTime() > deadline) {
                fail("the balancer still sees node1 as " + balancer.status("api", "node1"));
            }
            Thread.sleep(100);
        }
        assertThat(balancer.status("api", "node2")).isEqualTo("UP");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> a.get("/actuator/health/readiness", null)))
                .as("A's readiness does not answer").isInstanceOf(IOException.class);

        for (Sent s : sent) {
            if (s.status() == 201) {
                HttpResponse<String> r = send(balancer.url(), "GET", "/api/credit/documents/" + s.id(), "credit1", null);
                assertThat(r.statusCode()).as("document %s confirmed by %s", s.number(), s.node()).isEqualTo(200);
                assertThat(json(r).path("number").asString()).isEqualTo(s.number());
            }
        }
    }

    /** A demo customer whose small document is approved: a decision, a limit, nothing overdue that blocks. */
    void pickCustomer() throws Exception {
        for (JsonNode c : json(send(balancer.url(), "GET", "/api/customers?size=20", "admin", null)).path("content")) {
            String code = c.path("code").asString();
            JsonNode credit = json(send(balancer.url(), "GET", "/api/customers/" + code + "/credit", "credit1", null));
            BigDecimal limit = credit.path("limitInForce").decimalValue();
            if (limit == null || limit.signum() <= 0 || limit.compareTo(new BigDecimal("3000000")) > 0
                    || credit.path("committed").path("available").decimalValue().compareTo(new BigDecimal("10000")) < 0) {
                continue;
            }
            JsonNode probe = json(send(balancer.url(), "POST", "/api/credit/documents", "credit1",
                    document(code, "PROBE-" + System.nanoTime(), BigDecimal.ONE)));
            if ("APPROVE".equals(probe.path("decision").asString())) {
                customer = code;
                return;
            }
        }
        fail("no demo customer takes a document");
    }

    static String document(String customer, String number, BigDecimal amount) {
        return "{\"customer\":\"" + customer + "\",\"type\":\"ORDER\",\"number\":\"" + number + "\",\"amount\":" + amount.toPlainString()
                + ",\"currency\":\"CNY\"}";
    }

    /** Recipients of the notifications under a key, with how many each got. */
    Map<String, Integer> reminders(String key) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connect(dbUrl); var ps = c.prepareStatement("select recipient, count(*) from notification where dedup_key = ? group by recipient")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The node's counts of the reminder job from its Prometheus metrics: {ran here, skipped}. */
    static long[] jobRuns(ChildApp node) throws Exception {
        HttpResponse<String> r = node.get("/actuator/prometheus", "admin");
        assertThat(r.statusCode()).isEqualTo(200);
        long[] counts = new long[2];
        Matcher m = JOB_RUNS.matcher(r.body());
        while (m.find()) {
            counts["true".equals(m.group(1)) ? 0 : 1] = (long) Double.parseDouble(m.group(2));
        }
        return counts;
    }

    static HttpResponse<String> send(String base, String method, String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder r = ChildApp.request(base, path, user);
        if (json == null) {
            r.GET();
        } else {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return ChildApp.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, user(), password());
    }

    static String user() {
        return System.getenv().getOrDefault("WORKBENCH_TEST_DB_USER", "workbench_test");
    }

    static String password() {
        return System.getenv().getOrDefault("WORKBENCH_TEST_DB_PASSWORD", "");
    }
}
