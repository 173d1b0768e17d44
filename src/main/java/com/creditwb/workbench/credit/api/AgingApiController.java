package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The receivables aging list over REST (FINANCE, ADMIN): all or nothing, and it says what it replaces. */
@RestController
@Tag(name = "Receivables")
class AgingApiController {

    private final ReceivableService receivables;
    private final ProblemMessages problems;
    private final Messages messages;

    AgingApiController(ReceivableService receivables, ProblemMessages problems, Messages messages) {
        this.receivables = receivables;
        this.problems = problems;
        this.messages = messages;
    }

    /** Customers the list held now has and this file lacks: how many, their open exposure, and the first of them. */
    record Dropped(LocalDate since, long customers, BigDecimal open, List<DroppedCustomer> first) {
    }

    /** One of them: code, name and what it has open (the largest first). */
    record DroppedCustomer(String code, String name, BigDecimal open) {
    }

    /** How many of the customers a file lacks the answer names; the aging page offers all of them as a download. */
    static final int DROPPED_NAMED = 50;

    record AgingErrors(List<ProblemMessages.ApiProblem> errors, Dropped dropped) {
    }

    record AgingStored(LocalDate asOf, int items, BigDecimal total, String scope, Dropped dropped) {
    }

    @Operation(summary = "Import an aging list (multipart 'file'; optional 'asOf'; 'scope' COMPLETE or PARTIAL, required when the list lacks"
            + " customers the list held now has: 422 scopeRequired with their number and open exposure otherwise)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Stored",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AgingStored.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422", description = "The list's problems, or the scope to choose",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AgingErrors.class)))
    @PostMapping(path = "/api/receivables/aging", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importAging(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) ReceivableService.Scope scope) throws IOException {
        AgingPreview preview = receivables.preview(file.getBytes(), file.getOriginalFilename(), asOf);
        AgingPreview.Dropped d = preview.dropped();
        Dropped dropped = new Dropped(d.since(), d.customers(), d.open(),
                d.first(DROPPED_NAMED).stream().map(c -> new DroppedCustomer(c.code(), c.name(), c.open())).toList());
        if (preview.storable() && d.any() && scope == null) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new AgingErrors(List.of(new ProblemMessages.ApiProblem(null, null, "scopeRequired",
                    messages.get("aging.api.scopeRequired", d.customers(), d.open().toPlainString(), String.valueOf(d.since())))), dropped));
        }
        ReceivableImport stored = receivables.confirm(preview, scope == null ? ReceivableService.Scope.COMPLETE : scope);
        return ResponseEntity.status(HttpStatus.CREATED).body(new AgingStored(stored.getAsOf(), stored.getItemCount(), stored.getTotal(),
                (scope == null ? ReceivableService.Scope.COMPLETE : scope).name(), dropped));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<AgingErrors> rejected(ImportRejectedException e) {
        return unprocessable(e.problems());
    }

    @ExceptionHandler(ExcelException.class)
    ResponseEntity<AgingErrors> unreadable(ExcelException e) {
        return ResponseEntity.status(e.httpStatus()).body(new AgingErrors(problems.forApi(e.problems()), null));
    }

    private ResponseEntity<AgingErrors> unprocessable(List<ExcelProblem> list) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new AgingErrors(problems.forApi(list), null));
    }
}
