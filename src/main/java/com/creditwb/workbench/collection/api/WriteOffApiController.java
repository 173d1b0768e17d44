package com.creditwb.workbench.collection.api;

import com.creditwb.workbench.collection.WriteOff;
import com.creditwb.workbench.collection.WriteOffService;
import com.creditwb.workbench.customer.CustomerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Write-offs over REST: propose (a credit manager), approve, reject or escalate (another, within authority), recoveries. */
@RestController
@Tag(name = "Collections")
class WriteOffApiController {

    private final WriteOffService writeOffs;
    private final CustomerService customers;

    WriteOffApiController(WriteOffService writeOffs, CustomerService customers) {
        this.writeOffs = writeOffs;
        this.customers = customers;
    }

    record ProposalRequest(List<String> items, BigDecimal amount, String reason) {
    }

    record DecisionRequest(String reason) {
    }

    record EscalationRequest(String to, String reason) {
    }

    record RecoveryRequest(BigDecimal amount, LocalDate date, String reference) {
    }

    record RecoveryDto(Long id, BigDecimal amount, LocalDate date, String reference) {
    }

    record WriteOffDto(Long id, String customer, List<String> items, BigDecimal amount, String currency, String reason, WriteOff.Status status,
            String proposedBy, LocalDate proposed, String assignedTo, String decidedBy, LocalDate decided, String decisionReason, BigDecimal recovered,
            BigDecimal netLoss, List<RecoveryDto> recoveries) {
    }

    @Operation(operationId = "proposeWriteOff", summary = "A credit manager proposes writing off open invoices with a reason: 201")
    @PostMapping(path = "/api/customers/{idOrCode}/write-offs", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WriteOffDto> propose(@PathVariable String idOrCode, @RequestBody ProposalRequest body) {
        WriteOff w = writeOffs.propose(customers.idOf(idOrCode), new WriteOffService.Proposal(body.items(), body.amount(), body.reason()));
        return ResponseEntity.created(URI.create("/api/write-offs/" + w.getId())).body(dto(writeOffs.get(w.getId())));
    }

    @Operation(operationId = "listWriteOffs", summary = "The customer's write-offs with their recoveries and net loss")
    @GetMapping(path = "/api/customers/{idOrCode}/write-offs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<WriteOffDto> list(@PathVariable String idOrCode) {
        return writeOffs.writeOffs(customers.idOf(idOrCode)).stream().map(this::dto).toList();
    }

    @Operation(operationId = "approveWriteOff", summary = "Approve (a credit manager other than the proposer, within approval authority; 403 otherwise)")
    @PostMapping(path = "/api/write-offs/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    WriteOffDto approve(@PathVariable long id, @RequestBody DecisionRequest body) {
        writeOffs.approve(id, body.reason());
        return dto(writeOffs.get(id));
    }

    @Operation(operationId = "rejectWriteOff", summary = "Reject with a reason (a credit manager other than the proposer)")
    @PostMapping(path = "/api/write-offs/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    WriteOffDto reject(@PathVariable long id, @RequestBody DecisionRequest body) {
        writeOffs.reject(id, body.reason());
        return dto(writeOffs.get(id));
    }

    @Operation(operationId = "escalateWriteOff", summary = "Escalate to a credit manager whose authority covers the amount, with a reason")
    @PostMapping(path = "/api/write-offs/{id}/escalate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    WriteOffDto escalate(@PathVariable long id, @RequestBody EscalationRequest body) {
        writeOffs.escalate(id, body.to(), body.reason());
        return dto(writeOffs.get(id));
    }

    @Operation(operationId = "recordRecovery", summary = "Money recovered on an approved write-off (a credit manager or finance): 201")
    @PostMapping(path = "/api/write-offs/{id}/recoveries", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WriteOffDto> recover(@PathVariable long id, @RequestBody RecoveryRequest body) {
        writeOffs.recover(id, new WriteOffService.RecoveryCommand(body.amount(), body.date(), body.reference()));
        return ResponseEntity.created(URI.create("/api/write-offs/" + id)).body(dto(writeOffs.get(id)));
    }

    private WriteOffDto dto(WriteOffService.View v) {
        WriteOff w = v.writeOff();
        return new WriteOffDto(w.getId(), customers.record(w.getCustomerId()).code(), w.getItems(), w.getAmount(), w.getCurrency(), w.getReason(),
                w.getStatus(), w.getProposedBy(), w.getProposedOn(), w.getAssignedTo(), w.getDecidedBy(), w.getDecidedOn(), w.getDecisionReason(),
                v.recovered(), v.netLoss(), v.recoveries().stream().map(r -> new RecoveryDto(r.getId(), r.getAmount(), r.getRecoveredOn(),
                        r.getReference())).toList());
    }
}
