package com.creditwb.workbench.common.files;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps attachment bytes on disk under {@code <data-dir>/attachments}, each under a random key
 * (never the user's file name), so no upload can reach outside that folder. Inside a transaction the
 * bytes follow it: stored bytes are removed again if it rolls back, deleted ones only once it commits.
 */
@Component
public class FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private final Path root;

    FileStore(@Value("${workbench.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("attachments").toAbsolutePath().normalize();
    }

    public String store(byte[] content) {
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

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the bytes and removes them again should the surrounding transaction roll back. */
    public String storeInTransaction(byte[] content) {
        String key = store(content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    delete(key);
                }
            }
        });
        return key;
    }

    /** Deletes the bytes once the surrounding transaction has committed (the row that named them is gone). */
    public void deleteAfterCommit(java.util.Collection<String> keys) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(FileStore.this::delete);
            }
        });
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
