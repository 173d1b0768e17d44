package com.creditwb.workbench.credit.api;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.rates.ExchangeRate;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exchange rates over REST: everyone signed in reads; FINANCE and ADMIN set one or import a list (all or nothing). */
@RestController
@Tag(name = "Credit")
class ExchangeRateApiController {

    private final ExchangeRateService rates;
    private final ProblemMessages problems;
    private final Messages messages;

    ExchangeRateApiController(ExchangeRateService rates, ProblemMessages problems, Messages messages) {
        this.rates = rates;
        this.problems = problems;
        this.messages = messages;
    }

    record RateDto(Long id, String currency, LocalDate validFrom, BigDecimal rate) {
    }

    record RateRequest(String currency, LocalDate validFrom, BigDecimal rate) {
    }

    record Imported(int rates) {
    }

    record Errors(List<ProblemMessages.ApiProblem> errors) {
    }

    @GetMapping(path = "/api/exchange-rates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RateDto> list() {
        return rates.list().stream().map(ExchangeRateApiController::dto).toList();
    }

    @Operation(summary = "Set the rate of a currency from a date on (yuan per unit); the same currency and date again corrects it")
    @PostMapping(path = "/api/exchange-rates", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RateDto> save(@RequestBody RateRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(rates.save(body.currency(), body.validFrom(), body.rate())));
    }

    @DeleteMapping("/api/exchange-rates/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        rates.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Import a list of rates (multipart 'file': columns currency, date, rate): all or none, 422 naming each cell")
    @PostMapping(path = "/api/exchange-rates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Imported> importList(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw ValidationException.of("file", messages.get("excel.empty"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(rates.importWorkbook(file.getBytes())));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Errors> rejected(ImportRejectedException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Errors(problems.forApi(e.problems())));
    }

    @ExceptionHandler(ExcelException.class)
    ResponseEntity<Errors> unreadable(ExcelException e) {
        return ResponseEntity.status(e.httpStatus()).body(new Errors(problems.forApi(e.problems())));
    }

    private static RateDto dto(ExchangeRate r) {
        return new RateDto(r.getId(), r.getCurrency(), r.getValidFrom(), r.getRate());
    }
}
