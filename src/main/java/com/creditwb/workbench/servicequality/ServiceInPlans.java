package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.keyaccount.export.PlanServiceQuality;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The key-account plan's service figures: the latest scored round of the customer, the CSI trend over its rounds and
 * the open complaints — each only as far as the user may read them.
 */
@Component
class ServiceInPlans implements PlanServiceQuality {

    private final SurveyService surveys;
    private final ComplaintService complaints;

    ServiceInPlans(SurveyService surveys, ComplaintService complaints) {
        this.surveys = surveys;
        this.complaints = complaints;
    }

    @Override
    public Figures forCustomer(Long customerId, Locale locale) {
        List<SurveyService.RoundResult> scored = surveys.canRead(customerId)
                ? surveys.results(customerId).stream().filter(r -> r.result() != null).toList() : List.of();
        List<Complaint> open = complaints.list(new ComplaintService.Filter(customerId, null, false)).stream()
                .filter(c -> c.getStatus() != ComplaintFlow.Status.CLOSED).toList();
        if (scored.isEmpty() && open.isEmpty()) {
            return null;
        }
        Instant now = complaints.now();
        long overdue = open.stream().filter(c -> complaints.overdue(c, now)).count();
        if (scored.isEmpty()) {
            return new Figures(null, null, null, null, null, open.size(), overdue);
        }
        SurveyService.RoundResult last = scored.getLast();
        String trend = scored.stream().map(r -> Formats.decimal(r.result().csi(), locale, 1)).collect(Collectors.joining(" → "));
        return new Figures(last.survey().getTitle(), last.result().servqual(), last.result().csi(), last.result().nps(), trend, open.size(),
                overdue);
    }
}
