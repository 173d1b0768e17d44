package com.creditwb.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.common.SystemAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in over real HTTP, on H2 ({@link SignInH2Test}) and PostgreSQL ({@link SignInPostgresTest}) through the real
 * authentication path and throttle: a demo user signs in by the API and by the form: the five-failures lock holds under parallel guessing, a lock does not reveal
 * which users exist, one-time passwords are refused by the API, the session cookie is SameSite=Lax, and
 * redirects never follow a forged Host header.
 */
abstract class SignInContract {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AppUserRepository repository;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> api(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers?size=1"))
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_demo_user_signs_in_by_the_api_and_by_the_form_and_a_wrong_password_is_refused() throws Exception {
        assertThat(api("credit1", "demo").statusCode()).isEqualTo(200);
        assertThat(api("credit1", "not-the-password").statusCode()).isEqualTo(401);
        HttpResponse<String> good = formLogin("account1", "demo");
        assertThat(good.statusCode()).isBetween(300, 399);
        assertThat(good.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(formLogin("account1", "wrong").headers().firstValue("Location").orElse("")).contains("error");
    }

    @Test
    void a_lock_ends_after_its_minutes_and_the_right_password_then_signs_in() {
        SystemAuthentication.run(() -> users.createWithPassword("lockends", "Lock Ends", Set.of(Role.FINANCE), "right-password-4", false));
        java.time.Instant t0 = java.time.Instant.parse("2031-03-01T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        LoginThrottle own = new LoginThrottle(repository, clock, 5, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(reserve(own, "lockends")).isTrue();
        }
        // the fifth guess locked the account for five minutes: nothing is granted during them ...
        assertThat(reserve(own, "lockends")).isFalse();
        clock.now = t0.plus(Duration.ofMinutes(4)).plusSeconds(59);
        assertThat(reserve(own, "lockends")).isFalse();
        // ... and at the fifth minute the lock has ended: the next guess is evaluated again
        clock.now = t0.plus(Duration.ofMinutes(5));
        assertThat(reserve(own, "lockends")).isTrue();
        assertThat(repository.findByUsername("lockends").orElseThrow().getLockedUntil()).isNull();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    boolean reserve(LoginThrottle throttle, String user) {
        return Boolean.TRUE.equals(tx.execute(s -> throttle.reserve(user)));
    }

    static final class MutableClock extends java.time.Clock {
        java.time.Instant now;

        MutableClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void twenty_five_parallel_wrong_guesses_evaluate_at_most_five_and_the_lock_refuses_the_right_password() throws Exception {
        SystemAuthentication.run(() -> users.createWithPassword("guessed", "Guessed User", Set.of(Role.FINANCE), "right-password-1", false));
        assertThat(api("guessed", "right-password-1").statusCode()).isEqualTo(200);
        long before = throttle.granted();
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int n = i;
            guesses.add(() -> api("guessed", "wrong-" + n));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : pool.invokeAll(guesses)) {
            HttpResponse<String> r = f.get();
            statuses.add(r.statusCode());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            assertThat(r.body()).doesNotContain("<html");
        }
        pool.shutdown();
        // every wrong guess is a 401 (never a 200 with the UI's page, never a 500) ...
        assertThat(statuses).containsOnly(401);
        // ... only five passwords were evaluated, whatever the concurrency ...
        assertThat(throttle.granted() - before).isEqualTo(5);
        // ... and the locked account refuses even the right password, remembered by the API or not
        assertThat(api("guessed", "right-password-1").statusCode()).isEqualTo(401);
        assertThat(repository.findByUsername("guessed").orElseThrow().getLockedUntil()).isNotNull();
        System.out.printf("throttle test: 25 parallel wrong guesses, %d evaluated, all 401; right password refused while locked%n",
                throttle.granted() - before);
    }

    @Test
    void the_form_login_answers_alike_for_a_locked_and_an_unknown_user() throws Exception {
        SystemAuthentication.run(() -> users.createWithPassword("lockedout", "Locked Out", Set.of(Role.FINANCE), "right-password-2", false));
        for (int i = 0; i < 5; i++) {
            api("lockedout", "wrong-" + i);
        }
        HttpResponse<String> locked = formLogin("lockedout", "right-password-2");
        HttpResponse<String> unknown = formLogin("nobody-unknown", "whatever");
        assertThat(locked.statusCode()).isEqualTo(unknown.statusCode()).isBetween(300, 399);
        assertThat(locked.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(locked.headers().firstValue("Location").orElse("")).contains("error");
    }

    HttpResponse<String> formLogin(String user, String password) throws Exception {
        // the login page gives a session and its CSRF token
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).reduce((a, b) -> a + "; " + b).orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.body());
        String token = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
        String form = "username=" + user + "&password=" + password + "&_csrf=" + token;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_api_refuses_a_one_time_password_until_it_is_changed() throws Exception {
        String otp = SystemAuthentication.call(() -> users.create("onetime", "One Time", Set.of(Role.FINANCE)));
        HttpResponse<String> r = api("onetime", otp);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("one-time password");
        com.creditwb.workbench.TestUsers.run("onetime", "FINANCE", () -> users.changeOwnPassword(otp, "a-new-password-3"));
        assertThat(api("onetime", "a-new-password-3").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_redirects_ignore_a_forged_host() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookies = String.join("\n", page.headers().allValues("Set-Cookie"));
        assertThat(cookies).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        // an unauthenticated page redirects to the login page of this origin, whatever Host claims
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers"))
                .header("X-Forwarded-Host", "evil.example").build(), HttpResponse.BodyHandlers.ofString());
        java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
        String raw;
        try (socket) {
            socket.getOutputStream().write(("GET /customers HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(raw).startsWith("HTTP/1.1 302");
        String location = raw.lines().filter(l -> l.toLowerCase().startsWith("location:")).findFirst().orElse("");
        assertThat(location).contains("/login").doesNotContain("evil.example");
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
    }

    @Test
    void the_app_pages_carry_a_content_security_policy_that_allows_nothing_from_elsewhere() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'")
                .doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
    }

    @Test
    void before_sign_in_the_session_id_never_travels_in_a_url() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/login", "/customers")) {
            HttpResponse<String> r = fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(r.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }
}
