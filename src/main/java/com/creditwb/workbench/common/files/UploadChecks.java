package com.creditwb.workbench.common.files;

import com.creditwb.workbench.common.Hashes;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checks every uploaded attachment passes, wherever it is attached: a safe name, not empty, not larger than
 * {@code workbench.attachments.max-bytes}, and a type decided from its first bytes together with its extension.
 */
@Component
public class UploadChecks {

    /** An upload that passed: its cleaned name, the type found in its content, size and SHA-256. */
    public record CheckedFile(String name, String contentType, long size, String sha256) {
    }

    /** The extensions the upload widgets offer (the same list {@link FileKind} accepts). */
    public static final String[] EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".xlsx", ".docx", ".txt"};

    private final Messages messages;
    private final long maxBytes;

    UploadChecks(Messages messages, @Value("${workbench.attachments.max-bytes:10485760}") long maxBytes) {
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** The file's checked description, or a {@link ValidationException} on field {@code file} saying what is wrong. */
    public CheckedFile check(String fileName, byte[] content) {
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", messages.get("attachment.error.empty", name));
        }
        if (content.length > maxBytes) {
            throw ValidationException.of("file", messages.get("attachment.error.tooLarge", name, maxMegabytes()));
        }
        FileKind kind = FileKind.detect(name, content).orElseThrow(
                () -> ValidationException.of("file", messages.get("attachment.error.type", name)));
        return new CheckedFile(name, kind.contentType(), content.length, Hashes.sha256(content));
    }

    /** Keeps only the last path segment and printable characters of a client-supplied file name. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
