package com.creditwb.workbench.servicequality.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The complaints API over real HTTP: raise, read, step with the version, 409 stale, 404 to outsiders, bad input 400. */
@WorkbenchTest
class ComplaintApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerService customers;

    @Test
    void a_complaint_is_raised_read_and_moved_step_by_step() throws Exception {
        Customer c = TestCustomers.fresh("CA", "投诉接口测试有限公司");
        c.setOwner("account1");
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        HttpResponse<String> created = api.send("POST", "/api/complaints", "finance1", "{\"customer\":\"" + saved.getCode()
                + "\",\"category\":\"BILLING\",\"severity\":\"MEDIUM\",\"description\":\"发票金额有误\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode n = json.readTree(created.body());
        long id = n.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).isEqualTo("/api/complaints/" + id);
        assertThat(n.get("assignee").asString()).isEqualTo("account1");
        assertThat(n.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(n.get("nextStep").asString()).isEqualTo("START");
        long v = n.get("version").asLong();
        HttpResponse<String> started = api.send("POST", "/api/complaints/" + id + "/status", "account1", "{\"step\":\"START\",\"version\":" + v + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(api.send("POST", "/api/complaints/" + id + "/status", "account1", "{\"step\":\"RESOLVE\",\"text\":\"重开发票\",\"version\":" + v + "}")
                .statusCode()).as("stale").isEqualTo(409);
        long v2 = json.readTree(started.body()).get("version").asLong();
        assertThat(api.send("POST", "/api/complaints/" + id + "/status", "account1", "{\"step\":\"CLOSE\",\"version\":" + v2 + "}").statusCode())
                .as("not the next step").isEqualTo(400);
        assertThat(api.send("POST", "/api/complaints/" + id + "/status", "account1", "{\"step\":\"FLY\",\"version\":" + v2 + "}").statusCode())
                .isEqualTo(400);
        JsonNode resolved = json.readTree(api.send("POST", "/api/complaints/" + id + "/status", "account1",
                "{\"step\":\"RESOLVE\",\"text\":\"重开发票\",\"version\":" + v2 + "}").body());
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(api.send("GET", "/api/complaints/" + id, "account2", null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/complaints/" + id, "credit1", null).statusCode()).isEqualTo(200);
        assertThat(json.readTree(api.send("GET", "/api/complaints?customer=" + saved.getCode() + "&status=RESOLVED", "account1", null).body()))
                .hasSize(1);
        assertThat(api.send("GET", "/api/complaints?status=SOMEHOW", "account1", null).statusCode()).isEqualTo(400);
        // the complaint is late? not yet (MEDIUM: 24 hours); the churn watch answers for who may use it
        HttpResponse<String> churn = api.send("GET", "/api/churn-watch", "account1", null);
        assertThat(churn.statusCode()).isEqualTo(200);
        assertThat(json.readTree(churn.body()).isArray()).isTrue();
        assertThat(api.send("GET", "/api/churn-watch", "finance1", null).statusCode()).as("finance is refused the page and its API alike")
                .isEqualTo(403);
        for (String bad : new String[] {"{\"customer\":\"" + saved.getCode() + "\",\"category\":\"WEATHER\",\"severity\":\"LOW\",\"description\":\"x\"}",
            "{\"customer\":\"" + saved.getCode() + "\",\"category\":\"OTHER\",\"severity\":\"LOW\",\"description\":\"" + "x".repeat(5000) + "\"}",
            "{\"category\":\"OTHER\",\"severity\":\"LOW\",\"description\":\"x\"}", "not json"}) {
            assertThat(api.send("POST", "/api/complaints", "account1", bad).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void files_are_attached_listed_downloaded_and_removed_and_a_bad_one_is_a_400() throws Exception {
        Customer c = TestCustomers.fresh("CF", "投诉附件测试有限公司");
        c.setOwner("account1");
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        long id = json.readTree(api.send("POST", "/api/complaints", "account1", "{\"customer\":\"" + saved.getCode()
                + "\",\"category\":\"PRODUCT_QUALITY\",\"severity\":\"HIGH\",\"description\":\"包装破损\"}").body()).get("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        HttpResponse<String> added = api.multipart("/api/complaints/" + id + "/attachments", "account1", "file", "photo.png", png);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode a = json.readTree(added.body());
        assertThat(a.get("contentType").asString()).isEqualTo("image/png");
        assertThat(a.get("size").asLong()).isEqualTo(png.length);
        String href = a.get("href").asString();
        assertThat(json.readTree(api.send("GET", "/api/complaints/" + id, "credit1", null).body()).get("attachments"))
                .extracting(n -> n.get("fileName").asString()).containsExactly("photo.png");
        HttpResponse<byte[]> download = api.bytes("GET", href, "credit1", null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("photo.png");
        assertThat(api.send("GET", href, "account2", null).statusCode()).as("an outsider").isEqualTo(404);

        HttpResponse<String> fake = api.multipart("/api/complaints/" + id + "/attachments", "account1", "file", "invoice.pdf", "<html>".getBytes());
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("invoice.pdf").contains("\"file\"");
        assertThat(api.multipart("/api/complaints/" + id + "/attachments", "account1", "other", "a.txt", "x".getBytes()).statusCode())
                .as("the part is missing").isEqualTo(400);
        assertThat(api.send("POST", "/api/complaints/" + id + "/attachments", "account1", "{}").statusCode()).as("not multipart")
                .isBetween(400, 415);
        assertThat(api.multipart("/api/complaints/" + id + "/attachments", "credit1", "file", "a.txt", "x".getBytes()).statusCode())
                .as("reading is not handling").isEqualTo(403);
        assertThat(api.send("DELETE", href, "account1", null).statusCode()).isEqualTo(204);
        assertThat(api.send("GET", href, "account1", null).statusCode()).isEqualTo(404);
        assertThat(json.readTree(api.send("GET", "/api/complaints/" + id, "account1", null).body()).get("attachments")).isEmpty();
    }
}
