package com.creditwb.workbench.servicequality.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/servqual over real HTTP: the worked example of ServqualTest, and bad input as 400 naming the place. */
@WorkbenchTest
class ServqualApiTest {

    @LocalServerPort
    int port;

    static final String EXAMPLE = "{\"dimensions\":[\"TANGIBLES\",\"RELIABILITY\"],\"responses\":["
            + "{\"expectation\":{\"TANGIBLES\":[6,7],\"RELIABILITY\":[7,7]},\"perception\":{\"TANGIBLES\":[5,6],\"RELIABILITY\":[4,5]},"
            + "\"importance\":{\"TANGIBLES\":40,\"RELIABILITY\":60},\"recommend\":9},"
            + "{\"expectation\":{\"TANGIBLES\":[6,6],\"RELIABILITY\":[7,6]},\"perception\":{\"TANGIBLES\":[6,7],\"RELIABILITY\":[5,5]},"
            + "\"importance\":{\"TANGIBLES\":50,\"RELIABILITY\":50},\"recommend\":5}]}";

    @Test
    void the_worked_example_is_scored_and_bad_input_is_400() throws Exception {
        TestApi api = new TestApi(port);
        HttpResponse<String> r = api.send("POST", "/api/servqual", "account1", EXAMPLE);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = JsonMapper.builder().build().readTree(r.body());
        // the numbers derived in ServqualTest
        assertThat(j.get("dimensions").get("TANGIBLES").get("gap").asDouble()).isEqualTo(-0.25);
        assertThat(j.get("dimensions").get("RELIABILITY").get("weight").asDouble()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("dimensions").get("RELIABILITY").get("quadrant").asString()).isEqualTo("CONCENTRATE_HERE");
        assertThat(j.get("servqual").asDouble()).isEqualTo(-1.125);
        assertThat(j.get("weighted").asDouble()).isCloseTo(-1.2125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("csi").asDouble()).isCloseTo(71.875, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("nps").asDouble()).isZero();
        assertThat(j.get("dissatisfiers").get(0).asString()).isEqualTo("RELIABILITY");

        String[][] bad = {
            {EXAMPLE.replace("[5,6]", "[5,8]"), "responses[0].perception.TANGIBLES[1]"},
            {EXAMPLE.replace("[5,6]", "[5,6.5]"), "responses[0].perception.TANGIBLES[1]"},
            {EXAMPLE.replace("[5,6]", "[5]"), "responses[0].perception.TANGIBLES"},
            {EXAMPLE.replace("\"recommend\":9", "\"recommend\":11"), "responses[0].recommend"},
            {EXAMPLE.replace("\"TANGIBLES\":40", "\"TANGIBLES\":-40"), "responses[0].importance.TANGIBLES"},
            {EXAMPLE.replace("[\"TANGIBLES\",\"RELIABILITY\"]", "[\"TANGIBLES\"]"), "responses[0].RELIABILITY"},
            {"{\"dimensions\":[],\"responses\":[]}", "dimensions"},
            {EXAMPLE.replace("[5,6]", "[5,1e400]"), ""},
            {EXAMPLE.replace("\"TANGIBLES\",\"RELIABILITY\"]", "\"TANGIBLES\",\"BEAUTY\"]"), ""},
            {EXAMPLE.replace("[5,6]", "\"high\""), ""},
            {"not json", ""},
        };
        for (String[] b : bad) {
            HttpResponse<String> x = api.send("POST", "/api/servqual", "account1", b[0]);
            assertThat(x.statusCode()).as(b[1] + " " + x.body()).isEqualTo(400);
            assertThat(x.body()).contains(b[1]);
        }
        // many items in a dimension: refused, not calculated
        String many = EXAMPLE.replace("[5,6]", "[" + "5,".repeat(50) + "5]");
        assertThat(api.send("POST", "/api/servqual", "account1", many).statusCode()).isEqualTo(400);
    }
}
