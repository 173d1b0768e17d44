package com.creditwb.workbench.servicequality.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.ImportancePerformance;
import com.creditwb.workbench.servicequality.domain.Servqual;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SERVQUAL calculation as a service: responses in, gaps, weights, CSI, NPS and the importance–performance quadrants out. */
@RestController
@RequestMapping(path = "/api/servqual", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service quality")
class ServqualApiController {

    /** More than this many responses or items per dimension is refused (a survey round has tens). */
    static final int MAX_RESPONSES = 5000;

    private final Messages messages;

    ServqualApiController(Messages messages) {
        this.messages = messages;
    }

    record ResponseDto(Map<Dimension, List<Double>> expectation, Map<Dimension, List<Double>> perception, Map<Dimension, Double> importance,
            Double recommend) {
    }

    record Request(List<Dimension> dimensions, List<ResponseDto> responses) {
    }

    record DimensionDto(double gap, double meanPerception, double meanExpectation, double weight, String quadrant) {
    }

    record Result(Map<Dimension, DimensionDto> dimensions, double servqual, double weighted, double csi, Double nps, int respondents,
            List<Dimension> dissatisfiers) {
    }

    @Operation(summary = "SERVQUAL, weighted SERVQUAL, CSI and NPS of a set of responses (a pure calculation, nothing stored)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Result calculate(@RequestBody Request body) {
        if (body.responses() != null && body.responses().size() > MAX_RESPONSES) {
            throw ValidationException.of("responses", messages.get("servqual.error.tooMany", MAX_RESPONSES));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<Servqual.Response> responses = new ArrayList<>();
        List<ResponseDto> given = body.responses() == null ? List.of() : body.responses();
        for (int r = 0; r < given.size(); r++) {
            ResponseDto x = given.get(r);
            if (x == null) {
                errors.add(new ValidationException.FieldError("responses[" + r + "]", messages.get("servqual.error.missingItem")));
                continue;
            }
            Integer recommend = null;
            if (x.recommend() != null) {
                recommend = Scores.whole(x.recommend());
                if (recommend == null) {
                    errors.add(new ValidationException.FieldError("responses[" + r + "].recommend", messages.get("servqual.error.recommend")));
                }
            }
            responses.add(new Servqual.Response(Scores.whole(x.expectation(), "responses[" + r + "].expectation", errors, messages),
                    Scores.whole(x.perception(), "responses[" + r + "].perception", errors, messages), x.importance(), recommend));
        }
        if (errors.isEmpty()) {
            Servqual.problems(body.dimensions(), responses).forEach(p ->
                    errors.add(new ValidationException.FieldError(p.field(), messages.get("servqual.error." + p.code()))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Servqual.Result result = Servqual.of(body.dimensions(), responses);
        ImportancePerformance.Chart chart = ImportancePerformance.of(result.dimensions());
        Map<Dimension, DimensionDto> dims = new LinkedHashMap<>();
        for (ImportancePerformance.Point p : chart.points()) {
            Servqual.DimensionResult d = result.dimensions().get(p.dimension());
            dims.put(p.dimension(), new DimensionDto(d.gap(), d.meanPerception(), d.meanExpectation(), d.weight(), p.quadrant().name()));
        }
        return new Result(dims, result.servqual(), result.weighted(), result.csi(), result.nps(), result.respondents(), chart.dissatisfiers());
    }
}
