package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.math.Ahp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** AHP weights over REST (层次分析法): a pairwise-comparison matrix in, weights and consistency out. */
@RestController
@RequestMapping("/api/ahp")
@Tag(name = "AHP")
class AhpApiController {

    private final Messages messages;

    AhpApiController(Messages messages) {
        this.messages = messages;
    }

    /** Either the full matrix or its upper triangle row by row (a12, a13, …, a23, …). */
    record AhpRequest(double[][] matrix, double[] upper) {
    }

    /** The comparison (1-based row and column) that departs most from the weights. */
    record Comparison(int row, int column) {
    }

    record AhpResponse(double[] weights, double lambdaMax, double ci, double ri, double cr, boolean consistent,
            Comparison mostInconsistent) {
    }

    @Operation(summary = "Weights by the eigenvector method, with λmax, CI, RI and CR (consistent when CR < 0.10)")
    @PostMapping
    AhpResponse weigh(@RequestBody AhpRequest request) {
        String field = request.matrix() != null ? "matrix" : "upper";
        try {
            double[][] matrix = request.matrix() != null ? request.matrix()
                    : request.upper() != null ? Ahp.fromUpper(request.upper()) : null;
            if (matrix == null) {
                throw ValidationException.of("matrix", messages.get("ahp.missing"));
            }
            Ahp.Result r = Ahp.weigh(matrix);
            return new AhpResponse(r.weights(), r.lambdaMax(), r.ci(), r.ri(), r.cr(), r.consistent(),
                    r.worstRow() < 0 ? null : new Comparison(r.worstRow() + 1, r.worstColumn() + 1));
        } catch (Ahp.InvalidMatrixException e) {
            throw new ValidationException(List.of(new ValidationException.FieldError(field,
                    messages.get("ahp." + e.code(), e.args()))));
        }
    }
}
