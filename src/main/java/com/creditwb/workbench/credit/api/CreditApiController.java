package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.AssessmentSnapshot;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.audit.ReadChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current credit decision, assessments (frozen snapshots) and the credit check for order systems. */
@RestController
@Tag(name = "Credit")
class CreditApiController {

    private final AssessmentService assessments;
    private final CreditMonitorService monitor;
    private final CustomerService customers;
    private final com.creditwb.workbench.common.i18n.Messages messages;

    CreditApiController(AssessmentService assessments, CreditMonitorService monitor, CustomerService customers,
            com.creditwb.workbench.common.i18n.Messages messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.monitor = monitor;
        this.customers = customers;
    }

    /**
     * Overdue amounts by bucket: not due, 1–30, 31–60, 61–90, 91–180 and over 180 days past due.
     */
    record Overdue(BigDecimal notDue, BigDecimal days1to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal days91to180,
            BigDecimal over180) {
    }

    record Dso(Double value, int days, BigDecimal receivables, BigDecimal creditSales, String source) {
    }

    /** The customer's current decision (null fields without one) with exposure from the current aging list. */
    record CreditDto(String customer, Long assessmentId, String rating, RiskClass riskClass, Double score, BigDecimal limit,
            String currency, Integer paymentTermsDays, Instant approvedAt, String approvedBy, LocalDate nextReviewDate,
            boolean overridden, LocalDate exposureAsOf, BigDecimal exposure, BigDecimal available, Double utilisation, Overdue overdue,
            Dso dso, BigDecimal limitInForce, BigDecimal temporaryLimit, LocalDate temporaryUntil, Committed committed) {
    }

    /** The committed exposure by part and what the limit in force leaves (the credit check's figures). */
    record Committed(BigDecimal total, BigDecimal receivables, BigDecimal orders, BigDecimal deliveries, BigDecimal invoices, BigDecimal available) {
    }

    record CheckRequest(String customer, BigDecimal amount, String currency) {
    }

    record CheckResponse(CreditCheck.Decision decision, List<String> reasons, BigDecimal available, List<String> codes, BigDecimal exposure) {
    }

    record AssessmentSummary(Long id, String status, String rating, RiskClass riskClass, Double score, BigDecimal suggestedLimit,
            BigDecimal limit, Integer paymentTermsDays, String author, Instant submittedAt, String approvedBy, Instant approvedAt,
            boolean current, boolean overridden, String overrideReason) {
    }

    @Operation(operationId = "getCustomerCredit", summary = "Current credit decision: rating, risk class, score, limit, terms, review date, exposure, overdue buckets, DSO;"
            + " the limit in force (a temporary one with its end date) and the committed exposure with what it leaves")
    @GetMapping("/api/customers/{idOrCode}/credit")
    CreditDto credit(@PathVariable String idOrCode, @RequestParam(defaultValue = "90") int dsoDays) {
        CustomerRecord c = customers.recordByIdOrCode(idOrCode);
        Exposure e = monitor.exposure(c.id(), Math.max(1, Math.min(dsoDays, 3650)));
        Assessment d = e.decision();
        Aging.Summary s = e.aging();
        Overdue overdue = s == null ? null : new Overdue(s.buckets().get(Aging.Bucket.NOT_DUE), s.buckets().get(Aging.Bucket.D1_30),
                s.buckets().get(Aging.Bucket.D31_60), s.buckets().get(Aging.Bucket.D61_90), s.buckets().get(Aging.Bucket.D91_180),
                s.buckets().get(Aging.Bucket.OVER_180));
        Dso dso = e.dso() == null ? null : new Dso(e.dso().value(), e.dso().days(), e.dso().receivables(), e.dso().creditSales(),
                e.dso().source().name());
        CreditMonitorService.Standing standing = monitor.standing(c.id());
        var inForce = standing.limit();
        var committed = standing.exposure();
        return new CreditDto(c.code(), d == null ? null : d.getId(), d == null ? null : d.getRating(),
                d == null ? null : d.getRiskClass(), d == null ? null : d.getScore(), d == null ? null : d.getLimitAmount(),
                d == null ? "CNY" : d.getCurrency(), d == null ? null : d.getTermsDays(), d == null ? null : d.getDecidedAt(),
                d == null ? null : d.getApprover(), d == null ? null : d.getNextReviewDate(), d != null && d.isOverridden(), e.asOf(),
                e.open(), d == null ? null : e.available(), e.utilisation(), overdue, dso, inForce.amount(), inForce.temporary(),
                inForce.temporaryUntil(), new Committed(committed.total(), committed.receivables(), committed.orders(), committed.deliveries(),
                        committed.invoices(), standing.available()));
    }

    @Operation(summary = "Credit check for an order: APPROVE, REVIEW or BLOCK with the reasons and the available limit")
    @PostMapping("/api/credit-check")
    CheckResponse check(@RequestBody CheckRequest request) {
        if (request.customer() == null || request.customer().isBlank()) {
            throw com.creditwb.workbench.common.ValidationException.of("customer", messages.get("creditCheck.customerMissing"));
        }
        CreditCheck r = monitor.check(request.customer(), request.amount(), request.currency());
        return new CheckResponse(r.decision(), r.reasons(), r.available(), r.codes(), r.exposure());
    }

    /** One opening of a record in the read log. */
    record Opening(String user, java.time.Instant at, String channel) {
    }

    @Operation(operationId = "listAssessmentOpenings", summary = "Who opened the assessment (an approved decision's frozen record), when and through which channel; credit managers and ADMIN")
    @GetMapping("/api/customers/{idOrCode}/assessments/{id}/access-log")
    List<Opening> accessLog(@PathVariable String idOrCode, @PathVariable Long id) {
        CustomerRecord c = customers.recordByIdOrCode(idOrCode);
        Assessment a = assessments.get(id);
        if (!a.getCustomerId().equals(c.id())) {
            throw new NotFoundException("Assessment", id);
        }
        return assessments.openings(id).stream().map(o -> new Opening(o.getReadBy(), o.getReadAt(), o.getChannel().name())).toList();
    }

    @Operation(operationId = "listCustomerAssessments", summary = "All assessments of the customer, newest first")
    @GetMapping("/api/customers/{idOrCode}/assessments")
    List<AssessmentSummary> assessments(@PathVariable String idOrCode) {
        CustomerRecord c = customers.recordByIdOrCode(idOrCode);
        return assessments.history(c.id()).stream().map(a -> new AssessmentSummary(a.getId(), a.getStatus().name(), a.getRating(),
                a.getRiskClass(), a.getScore(), a.getSuggestedLimit(), a.getLimitAmount(), a.getTermsDays(), a.getAuthor(),
                a.getSubmittedAt(), a.getApprover(), a.getStatus() == com.creditwb.workbench.credit.domain.AssessmentStatus.APPROVED
                        ? a.getDecidedAt() : null, a.isCurrent(), a.isOverridden(), a.getOverrideReason())).toList();
    }

    @Operation(operationId = "getCustomerAssessment", summary = "One assessment: the frozen snapshot of an approved one (model, inputs, data read, outputs), else as it stands")
    @GetMapping("/api/customers/{idOrCode}/assessments/{id}")
    AssessmentDetail assessment(@PathVariable String idOrCode, @PathVariable Long id) {
        CustomerRecord c = customers.recordByIdOrCode(idOrCode);
        Assessment a = assessments.get(id);
        if (!a.getCustomerId().equals(c.id())) {
            throw new NotFoundException("Assessment", id);
        }
        assessments.open(id, ReadChannel.API);
        AssessmentSnapshot snapshot = a.snapshot();
        if (snapshot == null) {
            Evaluation e = assessments.evaluate(a);
            snapshot = new AssessmentSnapshot(a.getId(), e.modelNumber(), e.model(), c.code(), c.name(), e.input(), e.facts(),
                    e.result(), e.override(), e.rating(), e.riskClass(), e.limit(), a.getCurrency(), e.termsDays(), e.reviewMonths(),
                    null, a.getAuthor(), a.getSubmittedAt(), null, null, a.getDecisionComment());
        }
        return new AssessmentDetail(a.getId(), a.getStatus().name(), a.snapshot() != null, snapshot);
    }

    /** One assessment: its status, whether it is frozen (approved) and its snapshot — model, inputs, data read, outputs. */
    record AssessmentDetail(Long id, String status, boolean frozen, AssessmentSnapshot snapshot) {
    }
}
