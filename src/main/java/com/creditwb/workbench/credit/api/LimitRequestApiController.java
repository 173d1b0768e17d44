package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.credit.limits.LimitRequest;
import com.creditwb.workbench.credit.limits.LimitService;
import com.creditwb.workbench.customer.CustomerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Limit-change requests over REST: ask (the customer's account manager or a credit manager), list, approve or refuse. */
@RestController
@Tag(name = "Credit")
class LimitRequestApiController {

    private final LimitService limits;
    private final CustomerService customers;

    LimitRequestApiController(LimitService limits, CustomerService customers) {
        this.limits = limits;
        this.customers = customers;
    }

    record NewRequest(BigDecimal limit, LocalDate until, String reason) {
    }

    record ReasonRequest(String reason) {
    }

    record RequestDto(Long id, String customer, BigDecimal limit, BigDecimal currentLimit, LocalDate until, boolean temporary, String reason,
            String requestedBy, Instant requestedAt, LimitRequest.Status status, String decidedBy, Instant decidedAt, String decisionReason) {
    }

    @Operation(operationId = "requestLimit", summary = "Ask for a new limit (permanent, or temporary until a date) with a reason: 201")
    @PostMapping(path = "/api/customers/{idOrCode}/limit-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestDto> request(@PathVariable String idOrCode, @RequestBody NewRequest body) {
        LimitRequest r = limits.request(customers.idOf(idOrCode), body.limit(), body.until(), body.reason());
        return ResponseEntity.created(URI.create("/api/limit-requests/" + r.getId())).body(dto(r));
    }

    @GetMapping(path = "/api/limit-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestDto> list(@RequestParam(required = false) LimitRequest.Status status) {
        return limits.list(status).stream().map(this::dto).toList();
    }

    @Operation(summary = "Approve (a credit manager other than the requester, within their approval authority; 403 otherwise)")
    @PostMapping(path = "/api/limit-requests/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    RequestDto approve(@PathVariable long id, @RequestBody ReasonRequest body) {
        return dto(limits.approve(id, body.reason()));
    }

    @Operation(summary = "Refuse with a reason (a credit manager other than the requester; 403 otherwise)")
    @PostMapping(path = "/api/limit-requests/{id}/refuse", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    RequestDto refuse(@PathVariable long id, @RequestBody ReasonRequest body) {
        return dto(limits.refuse(id, body.reason()));
    }

    private RequestDto dto(LimitRequest r) {
        return new RequestDto(r.getId(), customers.record(r.getCustomerId()).code(), r.getRequestedLimit(), r.getCurrentLimit(), r.getUntil(),
                r.isTemporary(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(), r.getStatus(), r.getDecidedBy(), r.getDecidedAt(),
                r.getDecisionReason());
    }
}
