package com.creditwb.workbench.alliance.api;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceReview;
import com.creditwb.workbench.alliance.AllianceRisk;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.GateException;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.PowerBase;
import com.creditwb.workbench.alliance.PowerRating;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import com.creditwb.workbench.alliance.export.AllianceExport;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Strategic alliances over REST: list, create, read, update with the version read, stage moves, reviews, risks, dossier. */
@RestController
@RequestMapping(path = "/api/alliances", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Strategic alliances")
class AllianceApiController {

    private final AllianceService alliances;

    private final com.creditwb.workbench.alliance.AlliancePartnerService partnerService;
    private final CustomerService customers;
    private final AllianceExport export;
    private final Messages messages;

    private final com.creditwb.workbench.alliance.AllianceHealthService health;

    AllianceApiController(AllianceService alliances, com.creditwb.workbench.alliance.AlliancePartnerService partnerService, CustomerService customers, AllianceExport export, Messages messages,
            com.creditwb.workbench.alliance.AllianceHealthService health) {
        this.health = health;
        this.alliances = alliances;
        this.partnerService = partnerService;
        this.customers = customers;
        this.export = export;
        this.messages = messages;
    }

    record PartnerDto(String customer, String name, String uscc, String contact, BigDecimal equityShare) {
    }

    record PowerDto(Integer score, String evidence) {
    }

    record AllianceDto(Long id, String name, String goal, String owner, Set<String> team, List<PartnerDto> partners,
            ParticipantForm participantForm, CompositionForm compositionForm, DistributionForm distributionForm,
            Map<PowerBase, PowerDto> powerBases, AllianceStage stage, LocalDate startDate, LocalDate endDate,
            LocalDate plannedEndDate, LocalDate signedDate, String termsScope, String termsExclusivity, String termsTerritory,
            String termsDuration, String termsExit, Integer reviewIntervalMonths, Double latestHealth, LocalDate nextReviewDue,
            Long version, BigDecimal ourEquityShare) {
    }

    record StageMoveDto(AllianceStage stage, String reason, LocalDate endDate, Long version) {
    }

    record ReviewRequest(LocalDate date, Map<Principle, Integer> scores, Map<Principle, Integer> partnerScores,
            Map<Principle, String> comments) {
    }

    record ReviewDto(Long id, LocalDate date, Map<Principle, Integer> scores, Map<Principle, Integer> partnerScores,
            Map<Principle, String> comments, double index, Double partnerIndex, Map<Principle, Integer> gaps, List<RiskDto> openedRisks,
            String reviewer) {
    }

    record RiskDto(Long id, RiskType type, String description, Integer likelihood, Integer impact, Integer severity, String owner,
            String mitigation, RiskStatus status, Principle principle) {
    }

    record FieldProblem(String field, String code, String message) {
    }

    record Problems(List<FieldProblem> errors) {
    }

    @Operation(summary = "The alliances the caller may see (optionally one stage)")
    @GetMapping
    List<AllianceDto> list(@RequestParam(required = false) AllianceStage stage) {
        return alliances.list().stream().filter(a -> stage == null || a.getStage() == stage).map(this::dto).toList();
    }

    @Operation(summary = "Create an alliance (ACCOUNT_MANAGER; the caller owns it)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AllianceDto> create(@RequestBody AllianceDto body) {
        Alliance a = alliances.create(form(body, null));
        return ResponseEntity.created(URI.create("/api/alliances/" + a.getId())).body(dto(alliances.get(a.getId())));
    }

    @GetMapping("/{id}")
    AllianceDto get(@PathVariable long id) {
        return dto(alliances.open(id, com.creditwb.workbench.common.audit.ReadChannel.API));
    }

    @Operation(summary = "Update an alliance with the version read (409 when stale)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AllianceDto update(@PathVariable long id, @RequestBody AllianceDto body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        Alliance current = alliances.get(id);
        alliances.update(id, body.version(), form(body, current));
        return dto(alliances.get(id));
    }

    @Operation(summary = "Move the alliance one stage on, or to ENDED with a reason (422 naming each unmet gate condition)")
    @PostMapping(path = "/{id}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
    AllianceDto move(@PathVariable long id, @RequestBody StageMoveDto body) {
        if (body.stage() == null) {
            throw ValidationException.of("stage", messages.get("validation.required"));
        }
        alliances.move(id, body.version(), body.stage(), body.reason(), body.endDate());
        return dto(alliances.get(id));
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewDto> review(@PathVariable long id, @RequestBody ReviewRequest body) {
        AllianceService.ReviewOutcome o = health.review(id, body.date(), body.scores() == null ? null : principles(body.scores()),
                body.partnerScores() == null || body.partnerScores().isEmpty() ? null : principles(body.partnerScores()),
                body.comments());
        return ResponseEntity.created(URI.create("/api/alliances/" + id + "/reviews/" + o.review().getId()))
                .body(review(o.review(), o.gaps(), o.openedRisks()));
    }

    @Operation(operationId = "getAllianceReview", summary = "One health review of the alliance (the Location a review answers)")
    @GetMapping("/{id}/reviews/{reviewId}")
    ReviewDto getReview(@PathVariable long id, @PathVariable long reviewId) {
        return alliances.get(id).getReviews().stream().filter(r -> r.getId() != null && r.getId() == reviewId).findFirst()
                .map(r -> review(r, r.gaps(), List.of())).orElseThrow(() -> new NotFoundException("AllianceReview", reviewId));
    }

    @Operation(operationId = "getAllianceRisk", summary = "One risk of the alliance's register (the Location an added risk answers)")
    @GetMapping("/{id}/risks/{riskId}")
    RiskDto getRisk(@PathVariable long id, @PathVariable long riskId) {
        return alliances.get(id).getRisks().stream().filter(r -> r.getId() != null && r.getId() == riskId).findFirst()
                .map(AllianceApiController::risk).orElseThrow(() -> new NotFoundException("AllianceRisk", riskId));
    }

    @Operation(operationId = "listAllianceReviews")
    @GetMapping("/{id}/reviews")
    List<ReviewDto> reviews(@PathVariable long id) {
        return alliances.get(id).getReviews().stream().map(r -> review(r, r.gaps(), List.of())).toList();
    }

    @Operation(operationId = "listAllianceRisks")
    @GetMapping("/{id}/risks")
    List<RiskDto> risks(@PathVariable long id) {
        return alliances.get(id).getRisks().stream().map(AllianceApiController::risk).toList();
    }

    @PostMapping(path = "/{id}/risks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RiskDto> addRisk(@PathVariable long id, @RequestBody RiskDto body) {
        if (body.severity() != null && body.likelihood() != null && body.impact() != null
                && body.severity() != body.likelihood() * body.impact()) {
            throw ValidationException.of("severity", messages.get("alliance.error.severity"));
        }
        AllianceRisk r = health.saveRisk(id, null, body.type(), body.description(), body.likelihood(), body.impact(), body.owner(),
                body.mitigation(), body.status(), body.principle());
        return ResponseEntity.created(URI.create("/api/alliances/" + id + "/risks/" + r.getId())).body(risk(r));
    }

    @Operation(operationId = "exportAllianceDossier", summary = "The alliance dossier as an Excel workbook (summary, partners and contributions, risks, health reviews)")
    @GetMapping(path = "/{id}/dossier.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> dossier(@PathVariable long id) {
        byte[] file = export.dossier(id, Locales.current());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"alliance-" + id + ".xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(file);
    }

    @ExceptionHandler(GateException.class)
    ResponseEntity<Problems> gate(GateException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Problems(e.unmet().stream()
                .map(u -> new FieldProblem(u.field(), u.code(), messages.get("alliance.gate." + u.code()))).toList()));
    }

    /** The scores by principle (an empty map stays empty, to be refused by the review's check). */
    private static EnumMap<com.creditwb.workbench.alliance.domain.Principle, Integer> principles(
            Map<com.creditwb.workbench.alliance.domain.Principle, Integer> scores) {
        EnumMap<com.creditwb.workbench.alliance.domain.Principle, Integer> copy = new EnumMap<>(com.creditwb.workbench.alliance.domain.Principle.class);
        copy.putAll(nonNull(scores));
        return copy;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private AllianceForm form(AllianceDto b, Alliance current) {
        // partners left out of a PUT are kept as they are
        List<AllianceForm.Partner> partners = b.partners() == null ? null : new ArrayList<>();
        if (b.partners() != null) {
            for (PartnerDto p : b.partners()) {
                if (p == null) {
                    partners.add(null);
                    continue;
                }
                Long customerId = p.customer() == null || p.customer().isBlank() ? null : customers.idOf(p.customer());
                partners.add(new AllianceForm.Partner(customerId, p.name(), p.uscc(), p.contact(), p.equityShare()));
            }
        }
        Map<PowerBase, PowerRating> power = new EnumMap<>(PowerBase.class);
        if (b.powerBases() != null) {
            b.powerBases().forEach((k, v) -> {
                if (k != null && v != null) {
                    power.put(k, new PowerRating(v.score() == null ? 0 : v.score(), v.evidence()));
                }
            });
        }
        AllianceForm base = current == null ? AllianceForm.named(b.name(), b.goal()) : AllianceForm.of(current);
        return new AllianceForm(b.name(), b.goal(), b.team() == null ? base.team() : b.team(), b.startDate(), b.plannedEndDate(),
                b.participantForm(), b.compositionForm(), b.distributionForm() != null || !power.isEmpty(), b.distributionForm(), power,
                base.criterionWeights(), b.signedDate(), b.termsScope(), b.termsExclusivity(), b.termsTerritory(), b.termsDuration(),
                b.termsExit(), base.steeringCommittee(), base.meetingCadence(),
                b.reviewIntervalMonths() == null ? base.reviewIntervalMonths() : b.reviewIntervalMonths(), partners);
    }

    private AllianceDto dto(Alliance a) {
        List<PartnerDto> partners = a.getPartners().stream().map(p -> new PartnerDto(
                partnerService.partnerCustomer(p).map(c -> c.code()).orElse(null), p.getName(), p.getUscc(), p.getContact(),
                p.getEquityShare())).toList();
        Map<PowerBase, PowerDto> power = new EnumMap<>(PowerBase.class);
        a.getPowerBases().forEach((k, v) -> power.put(k, new PowerDto(v.score(), v.evidence())));
        return new AllianceDto(a.getId(), a.getName(), a.getGoal(), a.getOwner(), a.getTeam(), partners, a.getParticipantForm(),
                a.getCompositionForm(), a.getDistributionForm(), power, a.getStage(), a.getStartDate(), a.getEndDate(),
                a.getPlannedEndDate(), a.getSignedDate(), a.getTermsScope(), a.getTermsExclusivity(), a.getTermsTerritory(),
                a.getTermsDuration(), a.getTermsExit(), a.getReviewIntervalMonths(), a.latestHealth(), a.nextReviewDue(),
                a.getVersion(), a.getOurEquityShare());
    }

    private static ReviewDto review(AllianceReview r, Map<Principle, Integer> gaps, List<AllianceRisk> opened) {
        return new ReviewDto(r.getId(), r.getDate(), r.getScores(), r.getPartnerScores(), r.getComments(), r.getIndex(), r.getPartnerIndex(),
                gaps, opened.stream().map(AllianceApiController::risk).toList(), r.getReviewer());
    }

    private static RiskDto risk(AllianceRisk r) {
        return new RiskDto(r.getId(), r.getType(), r.getDescription(), r.getLikelihood(), r.getImpact(), r.getSeverity(), r.getOwner(),
                r.getMitigation(), r.getStatus(), r.getPrinciple());
    }
}
