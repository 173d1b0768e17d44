package com.creditwb.workbench.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes on disk under {@code <data-dir>/attachments}, each under a random key
 * (never the user's file name), so no upload can reach outside that folder.
 */
@Component
class AttachmentStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private final Path root;

    AttachmentStorage(@Value("${workbench.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("attachments").toAbsolutePath().normalize();
    }

    String store(byte[] content) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path file = path(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
