package com.creditwb.workbench.negotiation.api;

import com.creditwb.workbench.negotiation.NegotiationWarningService;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.negotiation.NegotiationSessionService;
import com.creditwb.workbench.negotiation.NegotiationCreditService;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.negotiation.ArchivedException;
import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.CounterpartAnalysis;
import com.creditwb.workbench.negotiation.NegotiationSession;
import com.creditwb.workbench.negotiation.domain.Strategy;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import com.creditwb.workbench.negotiation.export.NegotiationBrief;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationForm;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Negotiations over REST, confidential: for anyone but the owner, the team and ADMIN a negotiation is 404. */
@RestController
@RequestMapping(path = "/api/negotiations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Business negotiations")
class NegotiationApiController {

    private final NegotiationService negotiations;

    private final NegotiationSessionService sessionService;

    private final NegotiationCreditService credit;

    private final NegotiationWarningService warningService;
    private final CustomerService customers;
    private final Messages messages;
    private final NegotiationBrief briefs;

    NegotiationApiController(NegotiationService negotiations, NegotiationSessionService sessionService, NegotiationCreditService credit, NegotiationWarningService warningService, CustomerService customers, Messages messages, NegotiationBrief briefs) {
        this.negotiations = negotiations;
        this.sessionService = sessionService;
        this.credit = credit;
        this.warningService = warningService;
        this.briefs = briefs;
        this.customers = customers;
        this.messages = messages;
    }

    record Member(String user, Set<TeamRules.Expertise> expertise) {
    }

    record Batna(String description, Double value) {
    }

    record WarningDto(String code, String message) {
    }

    record NegotiationDto(Long id, String subject, String counterpart, Direction direction, Long alliance, Long plan,
            BigDecimal contractValue, TeamRules.Importance importance, TeamRules.Difficulty difficulty, Integer suggestedTeamSize,
            NegotiationStatus status, LocalDate startDate, LocalDate deadline, String owner, List<Member> team, List<TopicTeam> topics,
            List<PlanIssue> issues, Batna batna, Double reservationScore, Double acceptableScore, List<WarningDto> warnings, Long version,
            CounterpartAnalysis counterpartAnalysis, Strategy strategy, Set<Confidentiality.AfterItem> afterChecklist, Outcome outcome) {
    }

    record Outcome(Map<String, Double> values, Double score, Map<String, IssueScore> perIssue, List<String> breaches, String reason) {
    }

    record SessionRequest(LocalDate date, String attendees, String attendeesThem, List<NegotiationSession.Offer> offers, String notes,
            String nextSteps, Set<Confidentiality.SessionItem> checklist, Long version) {
    }

    record OfferDto(Concessions.Side by, Map<String, Double> values, double score, Map<String, IssueScore> perIssue, List<String> breaches,
            List<String> missing, List<WarningDto> warnings) {
    }

    record SessionDto(Long id, LocalDate date, String attendees, String attendeesThem, List<OfferDto> offers, String notes, String nextSteps,
            NegotiationSession.CreditSnapshot credit, Set<Confidentiality.SessionItem> checklist, Long version) {
    }

    record PointDto(int sequence, LocalDate date, Concessions.Side by, double score) {
    }

    record ConcessionsDto(double ours, double theirs, Double reciprocity, List<WarningDto> warnings, List<PointDto> offers) {
    }

    record ScoreRequest(Map<String, Double> values) {
    }

    record IssueScore(double utility, String level) {
    }

    record ScoreDto(double score, Map<String, IssueScore> perIssue, List<String> breaches, List<String> missing, List<WarningDto> warnings) {
    }

    record StatusRequest(NegotiationStatus status, Map<String, Double> values, String reason, Long version) {
    }

    record Opening(String user, Instant at, String channel) {
    }

    record Code(String code, String message) {
    }

    @GetMapping
    List<NegotiationDto> list(@RequestParam(required = false) NegotiationStatus status) {
        return negotiations.list().stream().filter(n -> status == null || n.getStatus() == status).map(this::dto).toList();
    }

    @Operation(summary = "Create a negotiation (ACCOUNT_MANAGER; the caller owns it)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NegotiationDto> create(@RequestBody NegotiationDto body) {
        Negotiation n = negotiations.create(form(body));
        return ResponseEntity.created(URI.create("/api/negotiations/" + n.getId())).body(dto(n));
    }

    @GetMapping("/{id}")
    NegotiationDto get(@PathVariable long id) {
        return dto(negotiations.open(id, ReadChannel.API));
    }

    @Operation(summary = "Update with the version read (409 when stale; 409 ARCHIVED for an archived negotiation)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    NegotiationDto update(@PathVariable long id, @RequestBody NegotiationDto body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        return dto(negotiations.update(id, body.version(), form(body)));
    }

    @Operation(summary = "Score a package (a value per issue) against the plan")
    @PostMapping(path = "/{id}/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScoreDto score(@PathVariable long id, @RequestBody ScoreRequest body) {
        if (body.values() == null) {
            throw ValidationException.of("values", messages.get("validation.required"));
        }
        NegotiationCreditService.Scored s = credit.score(id, body.values());
        return new ScoreDto(s.result().score(), perIssue(s.result()), s.result().breaches(), s.result().missing(), warnings(s.warnings()));
    }

    private static Map<String, IssueScore> perIssue(PackageScore.Result r) {
        Map<String, IssueScore> per = new LinkedHashMap<>();
        r.perIssue().forEach((k, v) -> per.put(k, new IssueScore(v.utility(), v.level().name())));
        return per;
    }

    @Operation(operationId = "listNegotiationSessions")
    @GetMapping("/{id}/sessions")
    List<SessionDto> sessions(@PathVariable long id) {
        return sessionService.sessions(id).stream().map(this::dto).toList();
    }

    @Operation(summary = "Record a session with its offers and counter-offers in order; 201 with each offer scored")
    @PostMapping(path = "/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionDto> addSession(@PathVariable long id, @RequestBody SessionRequest body) {
        NegotiationSession s = sessionService.addSession(id, sessionForm(body));
        SessionDto dto = sessionDto(id, s.getId());
        return ResponseEntity.created(URI.create("/api/negotiations/" + id + "/sessions/" + s.getId())).body(dto);
    }

    @PutMapping(path = "/{id}/sessions/{sessionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionDto updateSession(@PathVariable long id, @PathVariable long sessionId, @RequestBody SessionRequest body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        sessionService.updateSession(id, sessionId, body.version(), sessionForm(body));
        return sessionDto(id, sessionId);
    }

    @DeleteMapping("/{id}/sessions/{sessionId}")
    ResponseEntity<Void> deleteSession(@PathVariable long id, @PathVariable long sessionId) {
        sessionService.deleteSession(id, sessionId);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listNegotiationConcessions")
    @GetMapping("/{id}/concessions")
    ConcessionsDto concessions(@PathVariable long id) {
        NegotiationSessionService.ConcessionReport r = sessionService.concessions(id);
        return new ConcessionsDto(r.result().ours(), r.result().theirs(), r.result().reciprocity(), warnings(r.warnings()),
                r.points().stream().map(p -> new PointDto(p.sequence(), p.date(), p.by(), p.score())).toList());
    }

    @Operation(operationId = "exportNegotiationBrief", summary = "The negotiation brief (.xlsx), marked confidential with the exporting user and time")
    @GetMapping(path = "/{id}/brief.xlsx", produces = com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE)
    ResponseEntity<byte[]> brief(@PathVariable long id, java.util.Locale locale) {
        byte[] bytes = briefs.write(id, locale);
        return ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment().filename("negotiation-" + id + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType(com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE)).body(bytes);
    }

    private SessionDto sessionDto(long id, Long sessionId) {
        return sessionService.sessions(id).stream().filter(x -> x.session().getId().equals(sessionId)).findFirst().map(this::dto).orElseThrow();
    }

    private NegotiationSessionService.SessionForm sessionForm(SessionRequest b) {
        return new NegotiationSessionService.SessionForm(b.date(), b.attendees(), b.attendeesThem(), b.offers(), b.notes(), b.nextSteps(),
                b.checklist() == null ? Set.of() : b.checklist());
    }

    private SessionDto dto(NegotiationSessionService.ScoredSession s) {
        NegotiationSession x = s.session();
        return new SessionDto(x.getId(), x.getDate(), x.getAttendeesUs(), x.getAttendeesThem(), s.offers().stream()
                .map(o -> new OfferDto(o.offer().by(), o.offer().values(), o.scored().result().score(), perIssue(o.scored().result()),
                        o.scored().result().breaches(), o.scored().result().missing(), warnings(o.scored().warnings()))).toList(),
                x.getNotes(), x.getNextSteps(), s.credit(), x.getChecklist(), x.getVersion());
    }

    @Operation(operationId = "moveNegotiation")
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    NegotiationDto status(@PathVariable long id, @RequestBody StatusRequest body) {
        return dto(negotiations.status(id, body.version(), body.status(), body.values(), body.reason()));
    }

    @Operation(operationId = "listNegotiationOpenings")
    @GetMapping("/{id}/access-log")
    List<Opening> accessLog(@PathVariable long id) {
        return negotiations.openings(id).stream().map(o -> new Opening(o.getReadBy(), o.getReadAt(), o.getChannel().name())).toList();
    }

    @ExceptionHandler(ArchivedException.class)
    ResponseEntity<Code> archived(ArchivedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Code("ARCHIVED", messages.get("negotiation.error.archived")));
    }

    private NegotiationForm form(NegotiationDto b) {
        Long counterpart = b.counterpart() == null || b.counterpart().isBlank() ? null : customers.idOf(b.counterpart());
        Map<String, Set<TeamRules.Expertise>> team = new LinkedHashMap<>();
        if (b.team() != null) {
            for (Member m : b.team()) {
                if (m != null && m.user() != null) {
                    team.put(m.user(), m.expertise() == null ? Set.of() : m.expertise());
                }
            }
        }
        return new NegotiationForm(b.subject(), counterpart, b.direction(), b.alliance(), b.plan(), b.contractValue(), b.importance(),
                b.difficulty(), b.startDate(), b.deadline(), team, b.issues() == null ? List.of() : b.issues(),
                b.batna() == null ? null : b.batna().description(), b.batna() == null ? null : b.batna().value(), b.reservationScore(),
                b.topics(), b.counterpartAnalysis(), b.strategy(), b.afterChecklist());
    }

    private NegotiationDto dto(Negotiation n) {
        return new NegotiationDto(n.getId(), n.getSubject(), customers.record(n.getCounterpartId()).code(), n.getDirection(), n.getAllianceId(),
                n.getPlanId(), n.getContractValue(), n.getImportance(), n.getDifficulty(), negotiations.suggestedTeamSize(n), n.getStatus(),
                n.getStartDate(), n.getDeadline(), n.getOwner(),
                n.getTeam().entrySet().stream().map(e -> new Member(e.getKey(), e.getValue())).toList(), n.getTopics(), n.getIssues(),
                new Batna(n.getBatnaDescription(), n.getBatnaValue()), n.getReservationScore(), n.acceptableScore(),
                warnings(warningService.warnings(n)), n.getVersion(), n.getCounterpartAnalysis(), n.getStrategy(), n.getAfterChecklist(), outcome(n));
    }

    private Outcome outcome(Negotiation n) {
        PackageScore.Result r = negotiations.outcome(n);
        if (r == null && n.getOutcomeReason() == null) {
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        n.getOutcomeValues().forEach((k, v) -> values.put(k, v == null ? null : ((Number) v).doubleValue()));
        return new Outcome(values.isEmpty() ? null : values, r == null ? null : r.score(), r == null ? null : perIssue(r),
                r == null ? null : r.breaches(), n.getOutcomeReason());
    }

    private List<WarningDto> warnings(List<NegotiationWarning> list) {
        return list.stream().map(w -> new WarningDto(w.code(), messages.get(w.messageKey(), w.args().toArray()))).toList();
    }
}
