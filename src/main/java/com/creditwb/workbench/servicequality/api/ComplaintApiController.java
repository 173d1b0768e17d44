package com.creditwb.workbench.servicequality.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.servicequality.Complaint;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.servicequality.ComplaintService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.creditwb.workbench.servicequality.ComplaintAttachment;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Complaints over REST: raise, read, edit with the version, take the next step. */
@RestController
@RequestMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service quality")
class ComplaintApiController {

    private final ComplaintService complaints;
    private final CustomerService customers;
    private final Messages messages;

    ComplaintApiController(ComplaintService complaints, CustomerService customers, Messages messages) {
        this.complaints = complaints;
        this.customers = customers;
        this.messages = messages;
    }

    record ComplaintDto(Long id, String customer, ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description,
            ComplaintFlow.Status status, String assignee, String raisedBy, Instant raisedAt, Instant startedAt, String resolution,
            Instant resolvedAt, Boolean feedbackSatisfied, String feedbackNote, Instant feedbackAt, String followUpNote, Instant followUpAt,
            Instant closedAt, int reopened, boolean responseOverdue, boolean resolutionOverdue, ComplaintFlow.Step nextStep, Long version,
            List<AttachmentDto> attachments) {
    }

    record AttachmentDto(Long id, String fileName, String contentType, long size, String sha256, String href) {
    }

    /** What a client sends to raise or edit one (the rest of a complaint is the service's to keep). */
    record ComplaintRequest(String customer, ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description,
            String assignee, Long version) {
    }

    record StepRequest(ComplaintFlow.Step step, String text, Boolean satisfied, Long version) {
    }

    @GetMapping
    List<ComplaintDto> list(@RequestParam(required = false) String customer, @RequestParam(required = false) ComplaintFlow.Status status) {
        Long id = customer == null || customer.isBlank() ? null : customers.idOf(customer);
        return complaints.list(new ComplaintService.Filter(id, status, false)).stream().map(this::dto).toList();
    }

    @Operation(summary = "Raise a complaint for a customer (any signed-in user); handled by the customer's account manager unless an assignee is given")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintDto> raise(@RequestBody ComplaintRequest body) {
        if (body.customer() == null || body.customer().isBlank()) {
            throw ValidationException.of("customer", messages.get("validation.required"));
        }
        Complaint c = complaints.raise(customers.idOf(body.customer()), form(body));
        return ResponseEntity.created(URI.create("/api/complaints/" + c.getId())).body(dto(c));
    }

    @GetMapping("/{id}")
    ComplaintDto get(@PathVariable long id) {
        return dto(complaints.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintDto update(@PathVariable long id, @RequestBody ComplaintRequest body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        return dto(complaints.update(id, body.version(), form(body)));
    }

    @Operation(summary = "Take the next step: START, RESOLVE (text: the resolution), FEEDBACK (satisfied; not satisfied reopens), FOLLOW_UP (text), CLOSE")
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintDto step(@PathVariable long id, @RequestBody StepRequest body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        return dto(complaints.step(id, body.version(), body.step(), body.text(), body.satisfied()));
    }

    @Operation(operationId = "addComplaintAttachment", summary = "Attach a file to an open complaint (multipart 'file'; PDF, PNG, JPEG, XLSX, DOCX or UTF-8 text, checked from its content)")
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentDto> attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > complaints.maxAttachmentBytes()) {
            throw ValidationException.of("file", messages.get("attachment.error.tooLarge", file.getOriginalFilename(),
                    complaints.maxAttachmentBytes() / (1024 * 1024)));
        }
        ComplaintAttachment a = complaints.attach(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create(href(a))).body(dto(a));
    }

    @Operation(operationId = "downloadComplaintAttachment")
    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId) throws IOException {
        ComplaintService.Download d = complaints.download(id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType())).contentLength(d.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> deleteAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        complaints.deleteAttachment(id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    private static String href(ComplaintAttachment a) {
        return "/api/complaints/" + a.getComplaintId() + "/attachments/" + a.getId();
    }

    private static AttachmentDto dto(ComplaintAttachment a) {
        return new AttachmentDto(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(), href(a));
    }

    private static ComplaintService.Form form(ComplaintRequest b) {
        return new ComplaintService.Form(b.category(), b.severity(), b.description(), b.assignee());
    }

    private ComplaintDto dto(Complaint c) {
        Instant now = complaints.now();
        return new ComplaintDto(c.getId(), customers.record(c.getCustomerId()).code(), c.getCategory(), c.getSeverity(), c.getDescription(),
                c.getStatus(), c.getAssignee(), c.getCreatedBy(), c.getRaisedAt(), c.getStartedAt(), c.getResolution(), c.getResolvedAt(),
                c.getFeedbackSatisfied(), c.getFeedbackNote(), c.getFeedbackAt(), c.getFollowUpNote(), c.getFollowUpAt(), c.getClosedAt(),
                c.getReopened(), complaints.responseOverdue(c, now), complaints.resolutionOverdue(c, now), ComplaintFlow.next(c.getStatus()),
                c.getVersion(), complaints.attachments(c.getId()).stream().map(ComplaintApiController::dto).toList());
    }
}
