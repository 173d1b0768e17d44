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

    /** POSTs one file as the multipart part {@code part}. */
    public HttpResponse<String> multipart(String path, String user, String part, String fileName, byte[] content) throws Exception {
        String boundary = "----wb" + TestSequence.next();
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user))
                .header("Accept-Language", "en").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
