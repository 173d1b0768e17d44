package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.documents.CreditDocument;
import com.creditwb.workbench.credit.documents.CreditHold;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.documents.DocumentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Documents checked at the order, delivery and invoice steps, and the blocked-documents queue, over REST. */
@RestController
@Tag(name = "Credit")
class DocumentApiController {

    private final DocumentService documents;
    private final Messages messages;

    DocumentApiController(DocumentService documents, Messages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    record DocumentRequest(String customer, DocumentType type, String number, BigDecimal amount, String currency, LocalDate date,
            String reference) {
    }

    record CheckedDto(Long id, CreditCheck.Decision decision, List<String> reasons, List<String> codes, BigDecimal exposure,
            BigDecimal available, String status, BigDecimal amountInLimit, LocalDate releasedUntil) {
    }

    record HeldDto(Long id, String customer, String customerName, DocumentType type, String number, BigDecimal amount, String currency,
            BigDecimal amountInLimit, long ageDays, Instant heldAt, CreditCheck.Decision decision, List<String> codes, List<String> reasons,
            BigDecimal exposure, BigDecimal limit, String status, String assignedTo, String escalatedBy, String escalationReason,
            String decidedBy, String decisionReason) {
    }

    record ReasonRequest(String reason) {
    }

    record EscalateRequest(String to, String reason) {
    }

    @Operation(summary = "Check an order, delivery or invoice against the committed exposure (the same number again updates it and is"
            + " checked again); 201 for a new document, 200 for an update; BLOCK enters the blocked-documents queue")
    @PostMapping(path = "/api/credit/documents", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CheckedDto> check(@RequestBody DocumentRequest body) {
        DocumentService.Checked c = documents.check(new DocumentService.Request(body.customer(), body.type(), body.number(), body.amount(),
                body.currency(), body.date(), body.reference()));
        CreditDocument d = c.document();
        CheckedDto dto = new CheckedDto(d.getId(), c.check().decision(), c.check().reasons(), c.check().codes(), c.check().exposure(),
                c.check().available(), d.getStatus().name(), d.getAmountInLimit(), d.getReleasedUntil());
        return c.created() ? ResponseEntity.created(URI.create("/api/credit/documents/" + d.getId())).body(dto) : ResponseEntity.ok(dto);
    }

    /** A document read back: what was checked, the last decision and its codes, and each hold it went through. */
    record DocumentDto(Long id, String customer, String customerName, DocumentType type, String number, BigDecimal amount, String currency,
            LocalDate date, String reference, BigDecimal amountInLimit, CreditCheck.Decision decision, List<String> codes, String status,
            LocalDate releasedUntil, Instant checkedAt, int checks, List<HeldDto> holds) {
    }

    @Operation(operationId = "getDocument", summary = "Read a checked document back (the Location of its check): the last decision and the holds it went through")
    @GetMapping(path = "/api/credit/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentDto document(@PathVariable long id) {
        DocumentService.Document r = documents.document(id);
        CreditDocument d = r.document();
        return new DocumentDto(d.getId(), r.customerCode(), r.customerName(), d.getType(), d.getNumber(), d.getAmount(), d.getCurrency(),
                d.getDate(), d.getReference(), d.getAmountInLimit(), d.getDecision(), d.getCodes(), d.getStatus().name(),
                d.getReleasedUntil(), d.getCheckedAt(), d.getChecks(), r.holds().stream().map(DocumentApiController::dto).toList());
    }

    @Operation(operationId = "listBlockedDocuments")
    @GetMapping(path = "/api/credit/blocked", produces = MediaType.APPLICATION_JSON_VALUE)
    List<HeldDto> blocked() {
        return documents.queue().stream().map(DocumentApiController::dto).toList();
    }

    @Operation(summary = "Release a held document (credit managers, within their approval authority; 403 above it: escalate)")
    @PostMapping(path = "/api/credit/blocked/{id}/release", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    HeldDto release(@PathVariable long id, @RequestBody ReasonRequest body) {
        return dto(documents.release(id, body.reason()));
    }

    @PostMapping(path = "/api/credit/blocked/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    HeldDto reject(@PathVariable long id, @RequestBody ReasonRequest body) {
        return dto(documents.reject(id, body.reason()));
    }

    @PostMapping(path = "/api/credit/blocked/{id}/escalate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    HeldDto escalate(@PathVariable long id, @RequestBody EscalateRequest body) {
        return dto(documents.escalate(id, body.to(), body.reason()));
    }

    private static HeldDto dto(DocumentService.Held x) {
        CreditHold h = x.hold();
        CreditDocument d = x.document();
        return new HeldDto(h.getId(), x.customerCode(), x.customerName(), d.getType(), d.getNumber(), d.getAmount(), d.getCurrency(),
                h.getAmountInLimit(), x.ageDays(), h.getHeldAt(), h.getDecision(), h.getCodes(), x.reasons(), h.getExposure(), h.getLimit(),
                h.getStatus().name(), h.getAssignedTo(), h.getEscalatedBy(), h.getEscalationReason(), h.getDecidedBy(), h.getDecisionReason());
    }
}
