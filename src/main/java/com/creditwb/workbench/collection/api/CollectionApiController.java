package com.creditwb.workbench.collection.api;

import com.creditwb.workbench.collection.ActivityService;
import com.creditwb.workbench.collection.CollectionActivity;
import com.creditwb.workbench.collection.Dispute;
import com.creditwb.workbench.collection.DisputeService;
import com.creditwb.workbench.collection.OpenItemService;
import com.creditwb.workbench.collection.Payment;
import com.creditwb.workbench.collection.PaymentService;
import com.creditwb.workbench.collection.PromiseService;
import com.creditwb.workbench.collection.WorklistService;
import com.creditwb.workbench.collection.domain.CollectionFigures;
import com.creditwb.workbench.collection.domain.PromiseState;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collections over REST: payments, open items, promises to pay, contacts, the worklist and the figures' calculation. */
@RestController
@Tag(name = "Collections")
class CollectionApiController {

    private final PaymentService payments;
    private final OpenItemService items;
    private final PromiseService promises;
    private final ActivityService activities;
    private final WorklistService worklist;
    private final com.creditwb.workbench.collection.WorklistPages pages;
    private final DisputeService disputes;
    private final com.creditwb.workbench.collection.MetricsService metrics;
    private final com.creditwb.workbench.credit.hold.CollectionHoldService holds;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;

    CollectionApiController(PaymentService payments, OpenItemService items, PromiseService promises, ActivityService activities,
            WorklistService worklist, com.creditwb.workbench.collection.WorklistPages pages, CustomerService customers, CurrentUser currentUser, Messages messages, DisputeService disputes,
            com.creditwb.workbench.credit.hold.CollectionHoldService holds, com.creditwb.workbench.collection.MetricsService metrics) {
        this.holds = holds;
        this.metrics = metrics;
        this.disputes = disputes;
        this.payments = payments;
        this.items = items;
        this.promises = promises;
        this.activities = activities;
        this.worklist = worklist;
        this.pages = pages;
        this.customers = customers;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    record PaymentRequest(String customer, BigDecimal amount, String currency, LocalDate date, String reference, List<String> items) {
    }

    record AppliedDto(String invoice, BigDecimal amount) {
    }

    record PaymentDto(Long id, String customer, BigDecimal amount, String currency, LocalDate date, String reference, Payment.Source source,
            List<AppliedDto> applied, BigDecimal unapplied) {
    }

    record PaidDto(LocalDate date, BigDecimal amount, String reference, Payment.Source source) {
    }

    record ItemDto(String invoice, OpenItemService.Origin origin, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, String currency,
            BigDecimal balance, long daysOverdue, List<PaidDto> payments) {
    }

    record PromiseRequest(BigDecimal amount, LocalDate date, List<String> items, String contact, String note) {
    }

    record PromiseDto(Long id, String customer, BigDecimal amount, String currency, LocalDate given, LocalDate date, List<String> items,
            String contact, String note, String recordedBy, BigDecimal paid, PromiseState state) {
    }

    record ActivityRequest(CollectionActivity.Kind kind, LocalDate date, String contact, String outcome, String nextAction,
            LocalDate nextActionDate) {
    }

    record ActivityDto(Long id, CollectionActivity.Kind kind, LocalDate date, String contact, String outcome, String nextAction,
            LocalDate nextActionDate, String author) {
    }

    record WorklistRow(String customer, String name, String collector, BigDecimal overdue, Map<String, BigDecimal> buckets, long oldestDays,
            String riskClass, int dunningLevel, int brokenPromises, BigDecimal disputed, LocalDate lastContact, String nextAction,
            LocalDate nextActionDate, long priority) {
    }

    record DisputeRequest(List<String> items, BigDecimal amount, Dispute.Reason reason, String description, String owner, Long complaint) {
    }

    record ResolveRequest(Dispute.Resolution resolution, BigDecimal amount, String note) {
    }

    record DisputeDto(Long id, String customer, List<String> items, BigDecimal amount, String currency, Dispute.Reason reason, String description,
            String owner, LocalDate opened, Dispute.Status status, Dispute.Resolution resolution, BigDecimal resolutionAmount, String resolutionNote,
            LocalDate resolved, Long complaint, long ageDays, boolean late) {
    }

    record HoldDto(Long id, String customer, com.creditwb.workbench.credit.hold.CollectionHold.Cause cause, String detail, LocalDate placed,
            boolean active, String liftedBy, java.time.Instant liftedAt, String liftReason) {
    }

    record LiftRequest(String reason) {
    }

    record MetricsDto(String group, int customers, Double dso, Double bestPossibleDso, Double averageDaysDelinquent, Double cei, Double badDebtRatio,
            BigDecimal netLoss, String notMeaningful, CalculateRequest inputs, int promisesDue, int promisesKept, Double keptRate, BigDecimal promised,
            BigDecimal promisedPaid, int disputesOpened, int disputesResolved, Double averageDaysToResolve) {

        static MetricsDto of(com.creditwb.workbench.collection.MetricsService.Group g) {
            var f = g.figures();
            var in = g.inputs();
            return new MetricsDto(g.key(), g.customers(), f == null ? null : f.dso(), f == null ? null : f.bestPossibleDso(),
                    f == null ? null : f.averageDaysDelinquent(), f == null ? null : f.cei(), f == null ? null : f.badDebtRatio(),
                    in.writeOffs().subtract(in.recoveries()), g.why(), new CalculateRequest(in.beginningReceivables(), in.creditSales(),
                            in.endingReceivables(), in.endingCurrent(), in.days(), in.writeOffs(), in.recoveries()), g.promisesDue(), g.promisesKept(),
                    g.keptRate(), g.promised(), g.promisedPaid(), g.disputesOpened(), g.disputesResolved(), g.averageDaysToResolve());
        }
    }

    record MonthDto(String month, MetricsDto figures) {
    }

    record CalculateRequest(BigDecimal beginningReceivables, BigDecimal creditSales, BigDecimal endingReceivables, BigDecimal endingCurrent,
            Integer days, BigDecimal writeOffs, BigDecimal recoveries) {
    }

    @Operation(operationId = "recordPayment", summary = "A customer's payment, applied to the invoices named or else the oldest first:"
            + " 201; the same reference, amount and date again: 200 with the stored payment")
    @PostMapping(path = "/api/receivables/payments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentDto> recordPayment(@RequestBody PaymentRequest body) {
        PaymentService.Recorded r = payments.record(new PaymentService.PaymentCommand(body.customer(), body.amount(), body.currency(), body.date(),
                body.reference(), body.items()));
        Payment p = r.payment();
        PaymentDto dto = new PaymentDto(p.getId(), customers.record(p.getCustomerId()).code(), p.getAmount(), p.getCurrency(), p.getPaidOn(),
                p.getReference(), p.getSource(), r.applied().stream().map(a -> new AppliedDto(a.invoiceNo(), a.amount())).toList(), p.getUnapplied());
        return r.created() ? ResponseEntity.created(URI.create("/api/customers/" + dto.customer() + "/payments")).body(dto) : ResponseEntity.ok(dto);
    }

    @Operation(operationId = "listCustomerPayments", summary = "The customer's payments, newest first")
    @GetMapping(path = "/api/customers/{idOrCode}/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PaymentDto> customerPayments(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        String code = customers.record(id).code();
        return items.payments(id).stream().map(p -> new PaymentDto(p.getId(), code, p.getAmount(), p.getCurrency(), p.getPaidOn(),
                p.getReference(), p.getSource(), null, p.getUnapplied())).toList();
    }

    @Operation(operationId = "listOpenItems", summary = "The customer's items (current aging list and invoices posted since) with balance and payments")
    @GetMapping(path = "/api/customers/{idOrCode}/open-items", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ItemDto> openItems(@PathVariable String idOrCode) {
        return items.items(customers.idOf(idOrCode)).stream().map(i -> new ItemDto(i.invoiceNo(), i.origin(), i.invoiceDate(), i.dueDate(),
                i.amount(), i.currency(), i.balance(), i.daysOverdue(),
                i.payments().stream().map(p -> new PaidDto(p.paidOn(), p.amount(), p.reference(), p.source())).toList())).toList();
    }

    @Operation(operationId = "addPromise", summary = "A promise to pay an amount by a date, for the invoices named or the account: 201")
    @PostMapping(path = "/api/customers/{idOrCode}/promises", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PromiseDto> addPromise(@PathVariable String idOrCode, @RequestBody PromiseRequest body) {
        Long id = customers.idOf(idOrCode);
        var saved = promises.promise(id, new PromiseService.PromiseCommand(body.amount(), body.date(), body.items(), body.contact(), body.note()));
        PromiseDto dto = listPromises(idOrCode).stream().filter(p -> p.id().equals(saved.getId())).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/customers/" + dto.customer() + "/promises")).body(dto);
    }

    @Operation(operationId = "listPromises", summary = "The customer's promises with what was paid by each date and the state:"
            + " PENDING, KEPT, PARTLY_KEPT or BROKEN")
    @GetMapping(path = "/api/customers/{idOrCode}/promises", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PromiseDto> listPromises(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        String code = customers.record(id).code();
        return promises.promises(id).stream().map(v -> new PromiseDto(v.promise().getId(), code, v.promise().getAmount(), v.promise().getCurrency(),
                v.promise().getGivenOn(), v.promise().getDueOn(), v.promise().getItems(), v.promise().getContact(), v.promise().getNote(),
                v.promise().getRecordedBy(), v.paid(), v.state())).toList();
    }

    @Operation(operationId = "addCollectionActivity", summary = "A contact about what the customer owes (call, e-mail, visit, letter, note)"
            + " with its outcome and next action: 201")
    @PostMapping(path = "/api/customers/{idOrCode}/collection-activities", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActivityDto> addActivity(@PathVariable String idOrCode, @RequestBody ActivityRequest body) {
        Long id = customers.idOf(idOrCode);
        CollectionActivity a = activities.log(id, new ActivityService.ActivityCommand(body.kind(), body.date(), body.contact(), body.outcome(),
                body.nextAction(), body.nextActionDate()));
        return ResponseEntity.created(URI.create("/api/customers/" + customers.record(id).code() + "/collection-activities")).body(dto(a));
    }

    @Operation(operationId = "listCollectionActivities", summary = "The customer's collection contacts, latest first")
    @GetMapping(path = "/api/customers/{idOrCode}/collection-activities", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActivityDto> listActivities(@PathVariable String idOrCode) {
        return activities.activities(customers.idOf(idOrCode)).stream().map(CollectionApiController::dto).toList();
    }

    private static ActivityDto dto(CollectionActivity a) {
        return new ActivityDto(a.getId(), a.getKind(), a.getHappenedOn(), a.getContact(), a.getOutcome(), a.getNextAction(), a.getNextActionOn(),
                a.getAuthor());
    }

    @Operation(operationId = "raiseDispute", summary = "A dispute about invoices (reason PRICE, QUANTITY, QUALITY, DELIVERY, DUPLICATE or"
            + " OTHER; a quality dispute may name a complaint of the customer): 201")
    @PostMapping(path = "/api/customers/{idOrCode}/disputes", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DisputeDto> raiseDispute(@PathVariable String idOrCode, @RequestBody DisputeRequest body) {
        Long id = customers.idOf(idOrCode);
        Dispute d = disputes.raise(id, new DisputeService.DisputeCommand(body.items(), body.amount(), body.reason(), body.description(), body.owner(),
                body.complaint()));
        return ResponseEntity.created(URI.create("/api/disputes/" + d.getId())).body(dto(disputes.get(d.getId())));
    }

    @Operation(operationId = "listDisputes", summary = "The customer's disputes, newest first, with their age and whether past the target")
    @GetMapping(path = "/api/customers/{idOrCode}/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DisputeDto> listDisputes(@PathVariable String idOrCode) {
        return disputes.disputes(customers.idOf(idOrCode)).stream().map(this::dto).toList();
    }

    @Operation(operationId = "investigateDispute", summary = "Moves an open dispute to investigating (its owner, a credit manager, finance or ADMIN)")
    @PostMapping(path = "/api/disputes/{id}/investigate", produces = MediaType.APPLICATION_JSON_VALUE)
    DisputeDto investigate(@PathVariable long id) {
        disputes.investigate(id);
        return dto(disputes.get(id));
    }

    @Operation(operationId = "resolveDispute", summary = "Resolves a dispute: CREDIT_NOTE or PAID up to its amount, or REJECTED")
    @PostMapping(path = "/api/disputes/{id}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    DisputeDto resolve(@PathVariable long id, @RequestBody ResolveRequest body) {
        disputes.resolve(id, new DisputeService.Resolve(body.resolution(), body.amount(), body.note()));
        return dto(disputes.get(id));
    }

    private DisputeDto dto(DisputeService.View v) {
        Dispute d = v.dispute();
        return new DisputeDto(d.getId(), customers.record(d.getCustomerId()).code(), d.getItems(), d.getAmount(), d.getCurrency(), d.getReason(),
                d.getDescription(), d.getOwner(), d.getOpenedOn(), d.getStatus(), d.getResolution(), d.getResolutionAmount(), d.getResolutionNote(),
                d.getResolvedOn(), d.getComplaintId(), v.ageDays(), v.late());
    }

    @Operation(operationId = "listCollectionHolds", summary = "The customer's collection holds, newest first (active: in force; every document"
            + " check then answers BLOCK with COLLECTION_HOLD)")
    @GetMapping(path = "/api/customers/{idOrCode}/collection-holds", produces = MediaType.APPLICATION_JSON_VALUE)
    List<HoldDto> holds(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        String code = customers.record(id).code();
        return holds.history(id).stream().map(h -> new HoldDto(h.id(), code, h.cause(), h.detail(), h.placedOn(), h.active(),
                h.liftedBy(), h.liftedAt(), h.liftReason())).toList();
    }

    @Operation(operationId = "liftCollectionHold", summary = "A credit manager lifts the hold in force, with a reason")
    @PostMapping(path = "/api/customers/{idOrCode}/collection-holds/lift", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    HoldDto lift(@PathVariable String idOrCode, @RequestBody LiftRequest body) {
        Long id = customers.idOf(idOrCode);
        var h = holds.lift(id, body.reason());
        return new HoldDto(h.id(), customers.record(id).code(), h.cause(), h.detail(), h.placedOn(), h.active(), h.liftedBy(),
                h.liftedAt(), h.liftReason());
    }

    @Operation(operationId = "getCollectionWorklist", summary = "Customers with overdue items, highest priority first (priority = amount to"
            + " chase × oldest days overdue × risk weight ÷ 1,000); collector=me for the signed-in collector's; a page of `limit` rows (500,"
            + " at most 10,000) from `offset`, the whole count in X-Total-Count")
    @GetMapping(path = "/api/collections/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<WorklistRow>> worklist(@RequestParam(required = false) String collector, @RequestParam(required = false) String riskClass,
            @RequestParam(required = false) Integer minDays, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        if (minDays != null && (minDays < 0 || minDays > 36_500)) {
            throw ValidationException.of("minDays", messages.get("collection.error.minDays"));
        }
        if (offset != null && offset < 0) {
            throw ValidationException.of("offset", messages.get("collection.error.offset"));
        }
        if (limit != null && (limit < 1 || limit > 10_000)) {
            throw ValidationException.of("limit", messages.get("collection.error.limit"));
        }
        String who = "me".equals(collector) ? currentUser.username() : collector;
        com.creditwb.workbench.collection.WorklistPages.Page found = pages.page(new WorklistService.Filter(who, riskClass, minDays == null ? 0 : minDays), offset == null ? 0 : offset,
                limit == null ? 500 : limit);
        List<WorklistRow> page = found.rows().stream().map(r -> {
            Map<String, BigDecimal> buckets = new LinkedHashMap<>();
            r.buckets().forEach((b, v) -> {
                if (b != Aging.Bucket.NOT_DUE) {
                    buckets.put(b.name(), v);
                }
            });
            return new WorklistRow(r.code(), r.name(), r.collector(), r.overdue(), buckets, r.oldestDays(), r.riskClass(), r.dunningLevel(),
                    r.brokenPromises(), r.disputed(), r.lastContact(), r.nextAction(), r.nextActionDate(), r.priority());
        }).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total())).header("X-Worklist-As-Of", found.asOf().toString())
                .body(page);
    }

    @Operation(operationId = "getCollectionMetrics", summary = "The period's collection figures with their inputs, in all or by COLLECTOR,"
            + " RISK_CLASS, SEGMENT, REGION or OWNER (worked out at most 30 s before, as X-Figures-As-Of says): DSO (销售变现天数), best possible DSO, average days delinquent, CEI, bad-debt ratio, net loss;"
            + " promises kept; disputes opened and resolved")
    @GetMapping(path = "/api/collections/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<MetricsDto>> metrics(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) com.creditwb.workbench.collection.MetricsService.By by) {
        var found = metrics.recentFigures(from, to, by == null ? com.creditwb.workbench.collection.MetricsService.By.ALL : by);
        return ResponseEntity.ok().header("X-Figures-As-Of", found.asOf().toString()).body(found.value().stream().map(MetricsDto::of).toList());
    }

    @Operation(operationId = "getCollectionMetricsTrend", summary = "The figures of the whole month by month (the current month to today)")
    @GetMapping(path = "/api/collections/metrics/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MonthDto> trend(@RequestParam(required = false) Integer months) {
        return metrics.recentTrend(months == null ? 12 : months).value().stream()
                .map(m -> new MonthDto(m.month().toString(), m.figures() == null ? null : MetricsDto.of(m.figures()))).toList();
    }

    @Operation(operationId = "calculateCollectionMetrics", summary = "The pure calculation: DSO, best possible DSO, average days delinquent,"
            + " CEI, bad-debt ratio and net loss; 400 naming the field for a zero denominator or a negative input")
    @PostMapping(path = "/api/collections/metrics/calculate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CollectionFigures.Result calculate(@RequestBody CalculateRequest body) {
        try {
            return CollectionFigures.calculate(new CollectionFigures.Inputs(body.beginningReceivables(), body.creditSales(),
                    body.endingReceivables(), body.endingCurrent(), body.days(), body.writeOffs(), body.recoveries()));
        } catch (CollectionFigures.InvalidInputs e) {
            throw new ValidationException(e.problems().stream()
                    .map(p -> new ValidationException.FieldError(p.field(), messages.get(p.messageKey(), CollectionFigures.MAX_DAYS))).toList());
        }
    }
}
