package com.creditwb.workbench.collection.api;

import com.creditwb.workbench.collection.DunningLetter;
import com.creditwb.workbench.collection.DunningService;
import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.customer.CustomerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Dunning over REST: ADMIN's levels per risk class, the run and its proposals, sending or discarding a letter, the letter's document. */
@RestController
@Tag(name = "Collections")
class DunningApiController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DunningService dunning;
    private final CustomerService customers;

    DunningApiController(DunningService dunning, CustomerService customers) {
        this.dunning = dunning;
        this.customers = customers;
    }

    record LevelDto(int level, int days, Dunning.Stage stage) {
    }

    record ClassLevels(String riskClass, List<LevelDto> levels) {
    }

    record LevelsRequest(List<LevelDto> levels) {
    }

    record LineDto(String invoice, LocalDate invoiceDate, LocalDate dueDate, BigDecimal balance, int daysOverdue) {
    }

    record LetterDto(Long id, @Schema(description = "Customer code") String customer, String name, int level, Dunning.Stage stage,
            boolean finalLevel, BigDecimal amount, String currency, DunningLetter.Status status, LocalDate proposed, LocalDate sent,
            String sentBy, DunningLetter.Channel channel, String recipient, String language, List<LineDto> items) {
    }

    @Operation(operationId = "listDunningLevels", summary = "The dunning levels of every risk class (days after due, letter template)")
    @GetMapping(path = "/api/collections/dunning/levels", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ClassLevels> levels() {
        return dunning.levels().entrySet().stream().map(e -> new ClassLevels(e.getKey(),
                e.getValue().stream().map(l -> new LevelDto(l.level(), l.days(), l.stage())).toList())).toList();
    }

    @Operation(operationId = "saveDunningLevels", summary = "ADMIN sets a risk class's levels: numbered 1..n, each due later than the one before")
    @PutMapping(path = "/api/collections/dunning/levels/{riskClass}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ClassLevels saveLevels(@PathVariable String riskClass, @RequestBody LevelsRequest body) {
        List<Dunning.Level> levels = body.levels() == null ? null : body.levels().stream()
                .map(l -> l == null ? null : new Dunning.Level(l.level(), l.days(), l.stage())).toList();
        dunning.saveLevels(riskClass, levels);
        return levels().stream().filter(c -> c.riskClass().equals(riskClass)).findFirst().orElseThrow();
    }

    @Operation(operationId = "runDunning", summary = "The dunning run (a credit manager or finance): proposes the letters due for review")
    @PostMapping(path = "/api/collections/dunning/run", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LetterDto> run() {
        return dunning.run().stream().map(v -> dto(v.letter(), v.code(), v.name())).toList();
    }

    @Operation(operationId = "listDunningProposals", summary = "The letters proposed and not yet sent, highest level first")
    @GetMapping(path = "/api/collections/dunning/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LetterDto> proposals() {
        return dunning.proposals().stream().map(v -> dto(v.letter(), v.code(), v.name())).toList();
    }

    @Operation(operationId = "listDunningLetters", summary = "The customer's dunning letters, newest first")
    @GetMapping(path = "/api/customers/{idOrCode}/dunning-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LetterDto> letters(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        List<DunningLetter> list = dunning.letters(id);
        var c = customers.record(id);
        return list.stream().map(l -> dto(l, c.code(), c.name())).toList();
    }

    @Operation(operationId = "sendDunningLetter", summary = "Sends a proposed letter (e-mailed to the finance contact when SMTP is configured, else to download)")
    @PostMapping(path = "/api/dunning-letters/{id}/send", produces = MediaType.APPLICATION_JSON_VALUE)
    LetterDto send(@PathVariable long id) {
        dunning.send(id);
        return dto(id);
    }

    @Operation(operationId = "discardDunningLetter", summary = "Discards a proposed letter")
    @PostMapping(path = "/api/dunning-letters/{id}/discard", produces = MediaType.APPLICATION_JSON_VALUE)
    LetterDto discard(@PathVariable long id) {
        dunning.discard(id);
        return dto(id);
    }

    @Operation(operationId = "downloadDunningLetter", summary = "The letter as a Word document: as sent, or a proposal as it would be sent today")
    @GetMapping(path = "/api/dunning-letters/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        DunningLetter l = dunning.get(id).letter();
        byte[] bytes = dunning.document(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + l.fileName() + "\"").body(bytes);
    }

    private LetterDto dto(long id) {
        DunningLetter l = dunning.get(id).letter();
        var c = customers.record(l.getCustomerId());
        return dto(l, c.code(), c.name());
    }

    private static LetterDto dto(DunningLetter l, String code, String name) {
        return new LetterDto(l.getId(), code, name, l.getLevel(), l.getTemplate(), l.isFinalLevel(), l.getAmount(), l.getCurrency(), l.getStatus(),
                l.getProposedOn(), l.getSentOn(), l.getSentBy(), l.getChannel(), l.getRecipient(), l.getLanguage(),
                l.getLines().stream().map(x -> new LineDto(x.invoiceNo(), x.invoiceDate(), x.dueOn(), x.balance(), x.daysOverdue())).toList());
    }
}
