package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.importing.ParsedWorkbook;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the user sees before anything is stored: the file, what was parsed from it, the draft that
 * would be stored, and the choices made so far (labels mapped to items, unit, period end, and the
 * missing key lines the user accepted to store without).
 */
public record ImportPreview(String fileName, String sha256, ParsedWorkbook parsed, ImportDraft draft,
        Map<String, LineItem> mappings, Long unit, LocalDate periodEnd, Set<LineItem> withoutLines) {

    public ImportPreview {
        withoutLines = withoutLines == null ? Set.of() : Set.copyOf(withoutLines);
    }

    public ImportPreview(String fileName, String sha256, ParsedWorkbook parsed, ImportDraft draft,
            Map<String, LineItem> mappings, Long unit, LocalDate periodEnd) {
        this(fileName, sha256, parsed, draft, mappings, unit, periodEnd, Set.of());
    }

    /** Nothing blocks storing and no key line is missing that the user did not accept to store without. */
    public boolean storable() {
        return draft.storableWithout(withoutLines);
    }

    /** The same preview storing without the given missing key lines. */
    public ImportPreview without(Set<LineItem> lines) {
        return new ImportPreview(fileName, sha256, parsed, draft, mappings, unit, periodEnd, lines);
    }

    /** The same preview storing without every key line it misses (the API's {@code acceptMissing=true}). */
    public ImportPreview withoutAllMissing() {
        return without(draft.missing().stream().map(ImportDraft.MissingLine::item).collect(java.util.stream.Collectors.toSet()));
    }
}
