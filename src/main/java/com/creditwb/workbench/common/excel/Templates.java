package com.creditwb.workbench.common.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Excel templates a company may restyle: the copy in {@code templates/} (or the folder named by
 * the system property {@code workbench.templates-dir}) when there is one, else the generated standard.
 */
public final class Templates {

    private static final Path DIRECTORY = Path.of(System.getProperty("workbench.templates-dir", "templates"));

    /** The standard templates, each generated once (a restyled copy is read at every download, so a new one applies at once). */
    private static final java.util.Map<String, byte[]> STANDARD = new java.util.concurrent.ConcurrentHashMap<>();

    private Templates() {
    }

    public static byte[] restyledOr(String fileName, Supplier<byte[]> generate) {
        Path restyled = DIRECTORY.resolve(fileName);
        try {
            if (Files.isRegularFile(restyled)) {
                return Files.readAllBytes(restyled);
            }
        } catch (IOException e) {
            // unreadable copy: serve the standard template
        }
        return STANDARD.computeIfAbsent(fileName, name -> generate.get()).clone();
    }

    /**
     * Writes standard templates into the folder named by the first argument (default the project's
     * {@code templates/}): for the {@code main} methods that regenerate the copies kept in the repository.
     */
    public static void writeStandard(String[] args, java.util.Map<String, Supplier<byte[]>> files) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        for (var e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue().get());
        }
    }
}
