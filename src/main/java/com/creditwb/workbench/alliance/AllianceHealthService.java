package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.Principle;
import com.creditwb.workbench.alliance.domain.RiskStatus;
import com.creditwb.workbench.alliance.domain.RiskType;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alliance's health and risks: health reviews of the seed's six principles by both sides (the index with ADMIN's
 * weights, gaps, a risk opened for a low principle) and the risk register. The alliance's own guards (who may edit,
 * which version) are {@link AllianceService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AllianceHealthService {

    private final AllianceService alliances;
    private final AllianceSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;

    AllianceHealthService(AllianceService alliances, AllianceSettingsRepository settings, CurrentUser currentUser, Messages messages,
            Clock clock, EntityManager entityManager) {
        this.alliances = alliances;
        this.settings = settings;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Records a health review: the six principles scored 1–5 by our side (all required) and optionally the
     * partner's; works out both indices with the alliance's weights (equal) and opens a risk for each
     * principle scored at or below the threshold unless an open one for it exists.
     */
    @Transactional
    public AllianceService.ReviewOutcome review(Long id, LocalDate date, Map<Principle, Integer> scores, Map<Principle, Integer> partnerScores,
            Map<Principle, String> comments) {
        Alliance a = alliances.editable(id, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", messages.get("validation.required")));
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add(new ValidationException.FieldError("date", messages.get("alliance.error.futureReview")));
        }
        checkScores("scores", scores, true, errors);
        checkScores("partnerScores", partnerScores, false, errors);
        if (comments != null) {
            comments.forEach((p, c) -> {
                if (c != null && c.length() > 1000) {
                    errors.add(new ValidationException.FieldError("comments." + p.name(), messages.get("alliance.error.tooLong", 1000)));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<Principle, Double> weights = healthWeights();
        double index = HealthIndex.index(scores, weights);
        boolean partnerComplete = partnerScores != null && partnerScores.size() == Principle.values().length;
        Double partnerIndex = partnerComplete ? HealthIndex.index(partnerScores, weights) : null;
        AllianceReview review = new AllianceReview(a, date, scores, partnerScores == null ? Map.of() : partnerScores, comments, index,
                partnerIndex, currentUser.username());
        a.getReviews().add(review);
        a.getReviews().sort(java.util.Comparator.comparing(AllianceReview::getDate));
        List<AllianceRisk> opened = new ArrayList<>();
        for (Principle p : Principle.values()) {
            if (scores.get(p) <= HealthIndex.DEFAULT_THRESHOLD
                    && a.getRisks().stream().noneMatch(r -> r.isOpen() && r.getPrinciple() == p)) {
                AllianceRisk r = new AllianceRisk(a, a.nextPosition(a.getRisks()), RiskType.pointedAtBy(p));
                r.update(RiskType.pointedAtBy(p), messages.get("alliance.risk.fromReview", messages.get(p.messageKey()), scores.get(p), date.toString()),
                        null, null, null, null, RiskStatus.OPEN, p);
                a.getRisks().add(r);
                opened.add(r);
            }
        }
        entityManager.flush();
        return new AllianceService.ReviewOutcome(review, HealthIndex.gaps(scores, partnerScores), opened);
    }

    /** The principles' weights in the health index: those ADMIN set, equal (1/6 each) while none are set. */
    public Map<Principle, Double> healthWeights() {
        return settings.findFirstByOrderByIdAsc().map(AllianceSettings::getWeights).orElseGet(HealthIndex::equalWeights);
    }

    public boolean canSetHealthWeights() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN sets the weights (from 0, summing to 1; entered or derived by AHP); later reviews use them. */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public Map<Principle, Double> saveHealthWeights(Map<Principle, Double> weights) {
        boolean complete = weights != null && weights.size() == Principle.values().length
                && weights.values().stream().allMatch(w -> w != null && w >= 0 && !w.isNaN());
        if (!complete || Math.abs(weights.values().stream().mapToDouble(Double::doubleValue).sum() - 1) > 1e-6) {
            throw ValidationException.of("weights", messages.get("alliance.error.weights"));
        }
        AllianceSettings row = settings.findFirstByOrderByIdAsc().orElseGet(() -> new AllianceSettings(weights));
        row.setWeights(weights);
        return settings.saveAndFlush(row).getWeights();
    }

    private void checkScores(String field, Map<Principle, Integer> scores, boolean required, List<ValidationException.FieldError> errors) {
        if (scores == null || scores.isEmpty()) {
            if (required) {
                errors.add(new ValidationException.FieldError(field, messages.get("alliance.error.allPrinciples")));
            }
            return;
        }
        for (Principle p : Principle.values()) {
            Integer s = scores.get(p);
            if (s == null) {
                if (required) {
                    errors.add(new ValidationException.FieldError(field + "." + p.name(), messages.get("alliance.error.allPrinciples")));
                }
            } else if (s < 1 || s > 5) {
                errors.add(new ValidationException.FieldError(field + "." + p.name(), messages.get("alliance.error.score")));
            }
        }
    }

    /** Adds (id null) or changes a risk; likelihood and impact 1–5 when given. */
    @Transactional
    public AllianceRisk saveRisk(Long allianceId, Long riskId, RiskType type, String description, Integer likelihood, Integer impact,
            String owner, String mitigation, RiskStatus status, Principle principle) {
        Alliance a = alliances.editable(allianceId, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new ValidationException.FieldError("type", messages.get("validation.required")));
        }
        for (Object[] v : new Object[][] {{"likelihood", likelihood}, {"impact", impact}}) {
            Integer x = (Integer) v[1];
            if (x != null && (x < 1 || x > 5)) {
                errors.add(new ValidationException.FieldError((String) v[0], messages.get("alliance.error.score")));
            }
        }
        if (description != null && description.length() > 2000 || mitigation != null && mitigation.length() > 2000) {
            errors.add(new ValidationException.FieldError("description", messages.get("alliance.error.tooLong", 2000)));
        }
        if (owner != null && owner.length() > 100) {
            errors.add(new ValidationException.FieldError("owner", messages.get("alliance.error.tooLong", 100)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceRisk r;
        if (riskId == null) {
            r = new AllianceRisk(a, a.nextPosition(a.getRisks()), type);
            a.getRisks().add(r);
        } else {
            r = a.getRisks().stream().filter(x -> riskId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("AllianceRisk", riskId));
        }
        r.update(type, com.creditwb.workbench.common.validation.PlainText.blankToNull(description), likelihood, impact, com.creditwb.workbench.common.validation.PlainText.blankToNull(owner), com.creditwb.workbench.common.validation.PlainText.blankToNull(mitigation),
                status == null ? RiskStatus.OPEN : status, principle);
        entityManager.flush();
        return r;
    }

}
