package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the Java client is generated from (src/test/resources/openapi/workbench.json, by
 * openapi-generator in generate-test-sources; GeneratedClientTest reads the demo with it) is the one the application
 * serves. When the API changes, refresh it: {@code ./wb test -Dtest=OpenApiDocumentTest -Dopenapi.write=true}.
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=api-sweep")
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/workbench.json");

    @LocalServerPort
    int port;

    /** The served document without the server's address, keys sorted, pretty-printed. */
    String served() throws Exception {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true).build();
        JsonNode doc = mapper.readTree(new TestApi(port).send("GET", "/v3/api-docs", "admin", null).body());
        ((tools.jackson.databind.node.ObjectNode) doc).remove("servers");
        Object plain = mapper.treeToValue(doc, Object.class);
        return mapper.writeValueAsString(plain) + "\n";
    }

    @Test
    void the_committed_document_is_the_served_one() throws Exception {
        String served = served();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("refresh it: ./wb test -Dtest=OpenApiDocumentTest -Dopenapi.write=true").isEqualTo(served);
    }
}
