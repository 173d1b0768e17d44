package com.creditwb.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the app's REST API over real HTTP as a demo user (password "demo"), in English, with a JSON body or none. */
public final class TestApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public TestApi(int port) {
        this.port = port;
    }

    /** The HTTP Basic header value of a demo user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return HTTP.send(request(method, path, user, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> bytes(String method, String path, String user, String body) throws Exception {
        return HTTP.send(request(method, path, user, body), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String method, String path, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .header("Accept-Language", "en");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return b.build();
    }
}
