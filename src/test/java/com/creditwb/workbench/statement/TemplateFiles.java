package com.creditwb.workbench.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the blank import templates into templates/ (run with
 * {@code BENCH=com.creditwb.workbench.statement.TemplateFiles ./wb bench} after the catalogue
 * changes; the files are in git and a test checks they still import cleanly).
 */
public final class TemplateFiles {

    public static void main(String[] args) throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Path file = Path.of("templates", StatementTemplate.fileName(locale));
            Files.write(file, StatementTemplate.generate(locale));
            System.out.println("written " + file.toAbsolutePath());
            Path aging = Path.of("templates", com.creditwb.workbench.credit.receivable.AgingTemplate.fileName(locale));
            Files.write(aging, com.creditwb.workbench.credit.receivable.AgingTemplate.generate(locale));
            System.out.println("written " + aging.toAbsolutePath());
        }
    }

    private TemplateFiles() {
    }
}
