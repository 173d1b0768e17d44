package com.creditwb.workbench.common;

import com.creditwb.workbench.common.math.Ahp;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Weights from a pairwise-comparison upper triangle (Saaty's 1–9 scale) for every feature that weighs by
 * AHP (the 5C factors, the loyalty indicators): a matrix with CR ≥ 0.10 is refused in words, with its CR
 * and the most inconsistent comparison named.
 */
@Component
public class AhpWeights {

    private final Messages messages;

    public AhpWeights(Messages messages) {
        this.messages = messages;
    }

    public Ahp.Result weigh(List<Double> upper, List<String> names) {
        try {
            Ahp.Result r = Ahp.weigh(Ahp.fromUpper(upper.stream().mapToDouble(Double::doubleValue).toArray()));
            if (!r.consistent()) {
                String worst = r.worstRow() < 0 ? "" : messages.get("credit.ahp.worst", names.get(r.worstRow()), names.get(r.worstColumn()));
                throw ValidationException.of("ahp", messages.get("credit.ahp.inconsistent", r.cr()) + " " + worst);
            }
            return r;
        } catch (Ahp.InvalidMatrixException e) {
            throw ValidationException.of("ahp", messages.get("ahp." + e.code(), e.args()));
        }
    }
}
