package com.creditwb.workbench.alliance;

import java.util.List;

/** A stage move refused: the conditions not met. */
public class GateException extends RuntimeException {

    private final transient List<StageGates.Unmet> unmet;

    public GateException(List<StageGates.Unmet> unmet) {
        super("stage gate not met: " + unmet);
        this.unmet = List.copyOf(unmet);
    }

    public List<StageGates.Unmet> unmet() {
        return unmet;
    }
}
