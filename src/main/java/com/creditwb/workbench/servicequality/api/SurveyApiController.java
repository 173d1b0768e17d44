package com.creditwb.workbench.servicequality.api;

import com.creditwb.workbench.servicequality.SurveyPortfolioService;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.servicequality.SurveyInvitation;
import com.creditwb.workbench.servicequality.SurveyResponse;
import com.creditwb.workbench.servicequality.SurveyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Survey rounds over REST: a customer's rounds, a round with its results, an entered response. */
@RestController
@Tag(name = "Service quality")
class SurveyApiController {

    private final SurveyService surveys;

    private final SurveyPortfolioService portfolios;
    private final CustomerService customers;
    private final Messages messages;

    SurveyApiController(SurveyService surveys, SurveyPortfolioService portfolios, CustomerService customers, Messages messages) {
        this.surveys = surveys;
        this.portfolios = portfolios;
        this.customers = customers;
        this.messages = messages;
    }

    record ContactDto(String name, String email, String language) {
    }

    record CreateRequest(String title, Dimension.Model questionnaire, LocalDate validUntil, List<ContactDto> contacts) {
    }

    record InvitationDto(Long id, String contact, String language, Instant answeredAt, String link) {
    }

    record DimensionDto(double gap, double meanPerception, double meanExpectation, double weight, String quadrant) {
    }

    record ResultDto(Map<Dimension, DimensionDto> dimensions, double servqual, double weighted, double csi, Double nps, int respondents,
            List<Dimension> dissatisfiers) {
    }

    record SurveyDto(Long id, String customer, String title, Dimension.Model questionnaire, int questionnaireVersion, LocalDate validUntil,
            int invited, int answered, int expired, List<InvitationDto> invitations, ResultDto results, Map<SatisfactionLevel, Long> satisfaction) {
    }

    record ResponseRequest(String respondent, Map<Dimension, List<Double>> expectation, Map<Dimension, List<Double>> perception,
            Map<Dimension, Double> importance, SatisfactionLevel satisfaction, Double recommend, String comments) {
    }

    record SegmentRequest(String segment, Dimension.Model questionnaire, String title, LocalDate validUntil, String language) {
    }

    record SegmentRoundDto(Long id, String customer, List<InvitationDto> invitations) {
    }

    record SegmentDto(String segment, int rounds, int links, List<SegmentRoundDto> surveys, List<String> withoutContacts) {
    }

    record PeriodDto(String period, double servqual, double weighted, double csi, Double nps, int respondents, int rounds, int customers) {
    }

    record PortfolioDto(String segment, Dimension.Model questionnaire, int customers, List<PeriodDto> trend, String latestPeriod,
            ResultDto latest) {
    }

    @Operation(summary = "Start a round for every customer of a portfolio segment whose service you run (segment codes as in"
            + " /api/key-accounts), each contact invited in 'language' (zh-CN or en): 201 with every personal link, shown only now")
    @PostMapping(path = "/api/surveys/segment", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SegmentDto> createForSegment(@RequestBody SegmentRequest body) {
        Locale locale = body.language() != null && body.language().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        SurveyService.SegmentCreated created = surveys.createForSegment(body.segment(), body.questionnaire(), body.title(), body.validUntil(),
                locale);
        List<SegmentRoundDto> rounds = created.rounds().stream().map(c -> new SegmentRoundDto(c.survey().getId(),
                customers.record(c.survey().getCustomerId()).code(), c.links().stream().map(l -> new InvitationDto(l.invitation().getId(),
                        l.invitation().getContactName(), l.invitation().getLocale().toLanguageTag(), null, "/" + l.path())).toList())).toList();
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(new SegmentDto(created.segment(), rounds.size(), created.links(), rounds, created.withoutContacts()));
    }

    @Operation(operationId = "getSurveyPortfolio", summary = "Service quality of a segment (blank: every customer you may read) for one questionnaire: the half-year trend and"
            + " the latest half-year's dimensions, quadrants and dissatisfiers")
    @GetMapping(path = "/api/servqual/portfolio", produces = MediaType.APPLICATION_JSON_VALUE)
    PortfolioDto portfolio(@RequestParam(required = false) String segment,
            @RequestParam(required = false, defaultValue = "FIVE") Dimension.Model questionnaire) {
        SurveyPortfolioService.Portfolio p = portfolios.portfolio(segment, questionnaire);
        List<PeriodDto> trend = p.trend().stream().map(x -> new PeriodDto(x.period().year() + "-H" + x.period().half(), x.result().servqual(),
                x.result().weighted(), x.result().csi(), x.result().nps(), x.result().respondents(), x.rounds(), x.customers())).toList();
        return new PortfolioDto(p.segment(), p.model(), p.customers(), trend,
                p.latest() == null ? null : p.latest().period().year() + "-H" + p.latest().period().half(),
                p.latest() == null ? null : result(p.latest().result(), p.chart()));
    }

    @GetMapping(path = "/api/customers/{idOrCode}/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SurveyDto> list(@PathVariable String idOrCode) {
        Long id = customers.idOf(idOrCode);
        return surveys.results(id).stream().map(r -> dto(r, Map.of())).toList();
    }

    @Operation(summary = "Start a round (the customer's account manager): 201 with each contact's personal link, shown only now")
    @PostMapping(path = "/api/customers/{idOrCode}/surveys", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SurveyDto> create(@PathVariable String idOrCode, @RequestBody CreateRequest body) {
        Long id = customers.idOf(idOrCode);
        List<SurveyService.Invitee> invitees = body.contacts() == null ? List.of() : body.contacts().stream()
                .map(c -> c == null ? null : new SurveyService.Invitee(c.name(), c.email(),
                        c.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(c.language()))).toList();
        SurveyService.Created created = surveys.create(id, body.questionnaire(), body.title(), body.validUntil(), invitees);
        Map<Long, String> links = new LinkedHashMap<>();
        created.links().forEach(l -> links.put(l.invitation().getId(), "/" + l.path()));
        SurveyDto dto = dto(surveys.result(created.survey().getId()), links);
        return ResponseEntity.created(URI.create("/api/surveys/" + created.survey().getId())).body(dto);
    }

    @GetMapping(path = "/api/surveys/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    SurveyDto get(@PathVariable long id) {
        return dto(surveys.result(id), Map.of());
    }

    @Operation(summary = "Enter a response taken by phone or on paper (the customer's account manager)")
    @PostMapping(path = "/api/surveys/{id}/responses", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SurveyDto> respond(@PathVariable long id, @RequestBody ResponseRequest body) {
        if (body.expectation() == null || body.perception() == null) {
            throw ValidationException.of("perception", messages.get("servqual.error.missingItem"));
        }
        List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
        var expectation = Scores.whole(body.expectation(), "expectation", errors, messages);
        var perception = Scores.whole(body.perception(), "perception", errors, messages);
        Integer recommend = body.recommend() == null ? null : Scores.whole(body.recommend());
        if (body.recommend() != null && recommend == null) {
            errors.add(new ValidationException.FieldError("recommend", messages.get("servqual.error.recommend")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SurveyResponse r = surveys.enter(id, new SurveyService.AnswerForm(body.respondent(), expectation, perception,
                body.importance(), body.satisfaction(), recommend, body.comments()));
        return ResponseEntity.created(URI.create("/api/surveys/" + id + "/responses/" + r.getId())).body(dto(surveys.result(id), Map.of()));
    }

    private static ResultDto result(Servqual.Result s, com.creditwb.workbench.servicequality.domain.ImportancePerformance.Chart chart) {
        Map<Dimension, DimensionDto> dims = new LinkedHashMap<>();
        chart.points().forEach(p -> {
            Servqual.DimensionResult d = s.dimensions().get(p.dimension());
            dims.put(p.dimension(), new DimensionDto(d.gap(), d.meanPerception(), d.meanExpectation(), d.weight(), p.quadrant().name()));
        });
        return new ResultDto(dims, s.servqual(), s.weighted(), s.csi(), s.nps(), s.respondents(), chart.dissatisfiers());
    }

    private SurveyDto dto(SurveyService.RoundResult r, Map<Long, String> links) {
        ResultDto result = r.result() == null ? null : result(r.result(), r.chart());
        List<InvitationDto> invitations = r.invitations().stream().map((SurveyInvitation i) -> new InvitationDto(i.getId(), i.getContactName(),
                i.getLocale().toLanguageTag(), i.getAnsweredAt(), links.get(i.getId()))).toList();
        return new SurveyDto(r.survey().getId(), customers.record(r.survey().getCustomerId()).code(), r.survey().getTitle(),
                r.questionnaire().getModel(), r.questionnaire().getNumber(), r.survey().getValidUntil(), r.progress().invited(),
                r.progress().answered(), r.progress().expired(), invitations, result, r.levels());
    }
}
