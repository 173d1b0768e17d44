package com.creditwb.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Outside demo mode: no demo users, and the API description and Swagger UI need a signed-in user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "workbench.admin.initial-password=Initial-Admin-Password-1")
@ActiveProfiles("test")
class WithoutDemoSecurityTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_api_description_and_swagger_ui_need_a_signed_in_user() throws Exception {
        HttpResponse<String> anonymous = get("/v3/api-docs", null, null);
        assertThat(anonymous.statusCode()).as(anonymous.headers().map().toString()).isEqualTo(401);
        assertThat(get("/swagger-ui.html", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> docs = get("/v3/api-docs", "admin", "Initial-Admin-Password-1");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/customers");
    }

    @org.springframework.beans.factory.annotation.Autowired
    UserService users;

    @Test
    void a_one_time_password_opens_neither_the_api_nor_its_description() throws Exception {
        String name = "onetime" + com.creditwb.workbench.TestSequence.next();
        String password = com.creditwb.workbench.TestUsers.as("admin", "ADMIN", () -> users.create(name, "一次性 One Time",
                java.util.Set.of(Role.FINANCE)));
        assertThat(get("/api/customers", name, password).statusCode()).isEqualTo(401);
        HttpResponse<String> docs = get("/v3/api-docs", name, password);
        assertThat(docs.statusCode()).isEqualTo(401);
        assertThat(docs.body()).doesNotContain("/api/customers");
    }

    @Test
    void there_are_no_demo_users() throws Exception {
        assertThat(get("/api/customers", "credit1", "demo").statusCode()).isEqualTo(401);
        assertThat(get("/api/customers", "admin", "demo").statusCode()).isEqualTo(401);
    }
}
