package com.creditwb.workbench.servicequality.api;

import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.servicequality.ChurnWatchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The churn watch over REST: the customers at risk the caller may see, each reason with its figure. */
@RestController
@Tag(name = "Service quality")
class ChurnWatchApiController {

    private final ChurnWatchService churn;
    private final Messages messages;

    ChurnWatchApiController(ChurnWatchService churn, Messages messages) {
        this.churn = churn;
        this.messages = messages;
    }

    /** {@code figure}: a whole number for detractors and complaints, null for overdue that is new. */
    record ReasonDto(ChurnRules.Reason code, Number figure, String message) {
    }

    private ReasonDto reason(ChurnRules.Found f) {
        if (f.isNew()) {
            return new ReasonDto(f.reason(), null, messages.get("churn.figure." + f.reason().name() + ".new"));
        }
        Number figure = f.isCount() ? (Number) Math.round(f.figure()) : (Number) (Math.round(f.figure() * 10) / 10.0);
        return new ReasonDto(f.reason(), figure, messages.get("churn.figure." + f.reason().name(), figure,
                f.peak() == null ? "" : Math.round(f.peak() * 10) / 10.0, f.rounds()));
    }

    record AtRiskDto(String customer, String name, String owner, double score, List<ReasonDto> reasons) {
    }

    @Operation(summary = "Customers at risk of leaving: satisfaction down, detractors, complaints late or reopened, revenue down, overdue growing")
    @GetMapping(path = "/api/churn-watch", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AtRiskDto> list() {
        return churn.list().stream().map(a -> new AtRiskDto(a.code(), a.name(), a.owner(), a.score(), a.reasons().stream()
                .map(this::reason)
                .toList())).toList();
    }
}
