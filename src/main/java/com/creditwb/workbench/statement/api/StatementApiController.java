package com.creditwb.workbench.statement.api;

import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.ImportPreview;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.MissingKeyLinesException;
import com.creditwb.workbench.statement.PeriodExistsException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.domain.RatioReport;
import com.creditwb.workbench.statement.domain.StatementChecks;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementSet;
import com.creditwb.workbench.statement.ratio.AltmanZ;
import com.creditwb.workbench.statement.ratio.RatioResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Statements and ratios over REST. FINANCE (and ADMIN) import; everyone signed in reads. */
@RestController
@RequestMapping("/api/customers/{idOrCode}")
@Tag(name = "Statements and ratios")
class StatementApiController {

    private final StatementService statements;
    private final CustomerService customers;
    private final ProblemMessages problems;
    private final Messages messages;

    StatementApiController(StatementService statements, CustomerService customers, ProblemMessages problems, Messages messages) {
        this.statements = statements;
        this.customers = customers;
        this.problems = problems;
        this.messages = messages;
    }

    record Errors(List<ProblemMessages.ApiProblem> errors) {
    }

    /** A line of the workbook that could be the missing one. */
    record Candidate(String sheet, String cell, String label) {
    }

    /** A missing key line as the API reports it: code {@code missingKeyLine}, the item, where its statement is, candidates. */
    record MissingLineProblem(String sheet, String cell, String code, String message, String item, List<Candidate> candidates) {
    }

    record MissingLines(List<MissingLineProblem> errors) {
    }

    record Check(String item, BigDecimal stated, BigDecimal expected, boolean passed) {
    }

    record PeriodSummary(LocalDate periodEnd, boolean interim, int revision, boolean audited, String source,
            String sourceFileName, long unit) {
    }

    record StatementSetDto(LocalDate periodEnd, boolean interim, String currency, long unit, boolean audited, String source,
            String sourceFileName, String sourceSha256, int revision, Map<String, BigDecimal> lines, List<Check> checks,
            BigDecimal marketValueOfEquity) {
    }

    record Ratio(Double value, boolean meaningful, String reason, String formula, Map<String, BigDecimal> inputs) {
    }

    record Altman(String variant, Double value, String zone, Map<String, Double> terms, String reason) {
    }

    record Ratios(LocalDate periodEnd, boolean averagedWithPrior, Map<String, Ratio> ratios, Altman altman) {
    }

    @Operation(summary = "Import a workbook with the three statements (multipart field 'file')")
    @PostMapping(path = "/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<StatementSetDto>> importStatements(@PathVariable String idOrCode, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(defaultValue = "false") boolean audited,
            @RequestParam(defaultValue = "false") boolean acceptMissing) throws IOException {
        Long customer = customers.idOf(idOrCode);
        ImportPreview preview = statements.preview(file.getBytes(), file.getOriginalFilename(), unitFactor(unit), periodEnd);
        if (acceptMissing) {
            preview = preview.withoutAllMissing();
        }
        List<StatementSet> stored = statements.confirm(customer, preview, replace, audited);
        return ResponseEntity.status(HttpStatus.CREATED).body(stored.stream().map(StatementApiController::dto).toList());
    }

    @Operation(operationId = "listStatementPeriods", summary = "The periods held (current revisions), latest first")
    @GetMapping("/statements")
    List<PeriodSummary> periods(@PathVariable String idOrCode) {
        Long customer = customers.idOf(idOrCode);
        return statements.periods(customer).stream().map(s -> new PeriodSummary(s.getPeriodEnd(), s.isInterim(),
                s.getRevision(), s.isAudited(), s.getSource().name(), s.getSourceFileName(), s.getUnitFactor())).toList();
    }

    @Operation(operationId = "getStatementPeriod", summary = "One period's statement set (amounts in yuan by line-item code)")
    @GetMapping("/statements/{periodEnd}")
    StatementSetDto period(@PathVariable String idOrCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd) {
        Long customer = customers.idOf(idOrCode);
        return dto(statements.period(customer, periodEnd));
    }

    @Operation(operationId = "getCustomerRatios", summary = "Ratios and Altman Z for a period (the latest when periodEnd is omitted)")
    @GetMapping("/ratios")
    ResponseEntity<Ratios> ratios(@PathVariable String idOrCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
            @RequestParam(required = false) AltmanZ.Variant variant) {
        Long customer = customers.idOf(idOrCode);
        return statements.ratios(customer, periodEnd, variant).map(StatementApiController::ratios)
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new com.creditwb.workbench.common.NotFoundException("Statements", idOrCode));
    }

    static StatementSetDto dto(StatementSet s) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (LineItem item : LineItem.values()) {
            BigDecimal amount = s.getAmounts().get(item);
            if (amount != null) {
                lines.put(item.name(), amount);
            }
        }
        List<Check> checks = StatementChecks.run(s.values()).stream()
                .map(c -> new Check(c.item().name(), c.stated(), c.expected(), c.passed())).toList();
        return new StatementSetDto(s.getPeriodEnd(), s.isInterim(), s.getCurrency(), s.getUnitFactor(), s.isAudited(),
                s.getSource().name(), s.getSourceFileName(), s.getSourceSha256(), s.getRevision(), lines, checks,
                s.getMarketValueOfEquity());
    }

    static Ratios ratios(RatioReport report) {
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        for (Map.Entry<String, RatioResult> e : report.ratios().entrySet()) {
            RatioResult r = e.getValue();
            ratios.put(e.getKey(), new Ratio(r.value(), r.meaningful(), r.reason(), r.formula(), r.inputs()));
        }
        AltmanZ.Result a = report.altman();
        return new Ratios(report.periodEnd(), report.averagedWithPrior(), ratios,
                new Altman(a.variant().name(), a.value(), a.zone() == null ? null : a.zone().name(), a.terms(), a.reason()));
    }

    /** 元, 千元, 万元 or the factor (1, 1000, 10000); null keeps the unit written in the workbook. */
    static Long unitFactor(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return switch (unit.strip()) {
            case "元", "1", "yuan", "CNY" -> 1L;
            case "千元", "1000", "thousand" -> 1_000L;
            case "万元", "10000", "ten-thousand" -> 10_000L;
            default -> throw new com.creditwb.workbench.common.ValidationException(List.of(
                    new com.creditwb.workbench.common.ValidationException.FieldError("unit", "元|千元|万元")));
        };
    }

    @ExceptionHandler(ExcelException.class)
    ResponseEntity<Errors> unreadable(ExcelException e) {
        return ResponseEntity.status(e.httpStatus()).body(new Errors(problems.forApi(e.problems())));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Errors> rejected(ImportRejectedException e) {
        return unprocessable(e.problems());
    }

    @ExceptionHandler(MissingKeyLinesException.class)
    ResponseEntity<MissingLines> missing(MissingKeyLinesException e) {
        List<MissingLineProblem> list = e.missing().stream().map(m -> {
            List<Candidate> candidates = m.candidates().stream().map(l -> new Candidate(l.sheet(), l.labelCell(), l.label())).toList();
            String label = messages.get(m.item().messageKey());
            String message = candidates.isEmpty() ? messages.get("statements.missing.api", label)
                    : messages.get("statements.missing.apiCandidates", label,
                            String.join(messages.get("common.listSeparator"),
                                    m.candidates().stream().map(l -> messages.get("statements.missing.candidate", l.label(), l.place())).toList()));
            return new MissingLineProblem(null, null, "missingKeyLine", message, m.item().name(), candidates);
        }).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new MissingLines(list));
    }

    @ExceptionHandler(PeriodExistsException.class)
    ResponseEntity<Map<String, String>> exists(PeriodExistsException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                messages.get("statements.periodExists", e.periodEnd().toString())));
    }

    private ResponseEntity<Errors> unprocessable(List<ExcelProblem> list) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Errors(problems.forApi(list)));
    }
}
