package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.OptionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an alliance may move on (SPEC §5): one stage at a time in the seed's order, or to ENDED from any
 * stage. Leaving STRATEGY needs the goal; EVALUATE_OPTIONS at least two options evaluated and one chosen;
 * FIND_PARTNERS a partner; DESIGN_TYPE both forms (and the producer–distributor form when it is one, and
 * equity shares summing to 100 % in an equity alliance); NEGOTIATE_SIGN the signed date and the agreement
 * terms; ENDED an end date and a reason. Plain Java: each unmet condition is named (field and code).
 */
public final class StageGates {

    /** A condition not met: the field it is about and a code (message {@code alliance.gate.<code>}). */
    public record Unmet(String field, String code) {
    }

    private StageGates() {
    }

    public static List<Unmet> check(Alliance a, AllianceStage target, String reason, LocalDate endDate) {
        List<Unmet> unmet = new ArrayList<>();
        AllianceStage from = a.getStage();
        if (target == null) {
            unmet.add(new Unmet("stage", "unknownStage"));
            return unmet;
        }
        if (from == AllianceStage.ENDED) {
            unmet.add(new Unmet("stage", "ended"));
            return unmet;
        }
        if (target == AllianceStage.ENDED) {
            if (endDate == null) {
                unmet.add(new Unmet("endDate", "endDate"));
            }
            if (reason == null || reason.isBlank()) {
                unmet.add(new Unmet("reason", "reason"));
            }
            return unmet;
        }
        if (target.ordinal() != from.ordinal() + 1) {
            unmet.add(new Unmet("stage", "oneStepAtATime"));
            return unmet;
        }
        switch (from) {
            case STRATEGY -> {
                if (a.getGoal() == null || a.getGoal().isBlank()) {
                    unmet.add(new Unmet("goal", "goal"));
                }
            }
            case EVALUATE_OPTIONS -> {
                long evaluated = a.getOptions().stream().filter(o -> o.getKind() == OptionKind.OPTION && o.isEvaluated()).count();
                if (evaluated < 2) {
                    unmet.add(new Unmet("options", "twoOptions"));
                }
                if (a.getOptions().stream().noneMatch(o -> o.getKind() == OptionKind.OPTION && o.isChosen())) {
                    unmet.add(new Unmet("options", "optionChosen"));
                }
            }
            case FIND_PARTNERS -> {
                if (a.getPartners().isEmpty()) {
                    unmet.add(new Unmet("partners", "partner"));
                }
            }
            case DESIGN_TYPE -> {
                if (a.getParticipantForm() == null) {
                    unmet.add(new Unmet("participantForm", "participantForm"));
                }
                if (a.getCompositionForm() == null) {
                    unmet.add(new Unmet("compositionForm", "compositionForm"));
                }
                if (a.isProducerDistributor() && a.getDistributionForm() == null) {
                    unmet.add(new Unmet("distributionForm", "distributionForm"));
                }
                if (a.getCompositionForm() == CompositionForm.EQUITY && !sharesComplete(a)) {
                    unmet.add(new Unmet("partners", "equityShares"));
                }
            }
            case NEGOTIATE_SIGN -> {
                if (a.getSignedDate() == null) {
                    unmet.add(new Unmet("signedDate", "signedDate"));
                }
                if (a.getTermsScope() == null || a.getTermsScope().isBlank()) {
                    unmet.add(new Unmet("termsScope", "terms"));
                }
            }
            default -> {
            }
        }
        return unmet;
    }

    /** Every partner has a share and the partners' shares and ours (none given: none held) sum to 100 %. */
    static boolean sharesComplete(Alliance a) {
        if (a.getPartners().isEmpty() || a.getPartners().stream().anyMatch(p -> p.getEquityShare() == null)) {
            return false;
        }
        BigDecimal ours = a.getOurEquityShare() == null ? BigDecimal.ZERO : a.getOurEquityShare();
        BigDecimal sum = a.getPartners().stream().map(AlliancePartner::getEquityShare).reduce(ours, BigDecimal::add);
        return sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.0001")) <= 0;
    }
}
