package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A complete assessment input for tests: every sub-factor scored 4 where the draft left it open. */
public final class CreditTestInputs {

    private CreditTestInputs() {
    }

    public static AssessmentInput complete(AssessmentInput in) {
        Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
        scores.putAll(in.scores());
        for (SubFactor sub : SubFactor.values()) {
            scores.putIfAbsent(sub, new AssessmentInput.SubScore(4, "checked", false));
        }
        return new AssessmentInput(new BigDecimal("3000000"), 60, new BigDecimal("36500000"), in.collateralType(), in.collateralValue(),
                in.haircut(), in.periodEnd(), scores);
    }
}
