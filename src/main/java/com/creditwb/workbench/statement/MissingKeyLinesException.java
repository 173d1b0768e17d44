package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.importing.ImportDraft.MissingLine;
import java.util.List;

/** Storing was refused: the workbook lacks key lines the user did not accept to store without. */
public class MissingKeyLinesException extends RuntimeException {

    private final transient List<MissingLine> missing;

    public MissingKeyLinesException(List<MissingLine> missing) {
        super("Key lines missing: " + missing.stream().map(m -> m.item().name()).toList());
        this.missing = List.copyOf(missing);
    }

    public List<MissingLine> missing() {
        return missing;
    }
}
