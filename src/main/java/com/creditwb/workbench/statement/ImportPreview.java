package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.importing.ParsedWorkbook;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the user sees before anything is stored: the file, what was parsed from it, the draft that
 * would be stored, and the choices made so far (labels mapped to items, unit, period end).
 */
public record ImportPreview(String fileName, String sha256, ParsedWorkbook parsed, ImportDraft draft,
        Map<String, LineItem> mappings, Long unit, LocalDate periodEnd) {
}
