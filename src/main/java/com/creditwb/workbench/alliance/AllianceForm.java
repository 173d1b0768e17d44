package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.DistributionForm;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.PowerBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a user edits of an alliance in one go (the page's overview, type and agreement, or the API's PUT). */
public record AllianceForm(String name, String goal, Set<String> team, LocalDate startDate, LocalDate plannedEndDate,
        ParticipantForm participantForm, CompositionForm compositionForm, boolean producerDistributor,
        DistributionForm distributionForm, Map<PowerBase, PowerRating> powerBases, Map<Criterion, Double> criterionWeights,
        LocalDate signedDate, String termsScope, String termsExclusivity, String termsTerritory, String termsDuration,
        String termsExit, String steeringCommittee, String meetingCadence, Integer reviewIntervalMonths, List<Partner> partners) {

    /** A partner as entered: a customer (by id) or another organisation (name, USCC, contact); equity share 0–1. */
    public record Partner(Long customerId, String name, String uscc, String contact, BigDecimal equityShare) {
    }

    /** A new alliance: a name and a goal, the rest filled in later. */
    public static AllianceForm named(String name, String goal) {
        return new AllianceForm(name, goal, Set.of(), null, null, null, null, false, null, Map.of(), Map.of(), null, null, null, null,
                null, null, null, null, 6, List.of());
    }

    /** The alliance as it stands, to be changed and saved. */
    public static AllianceForm of(Alliance a) {
        return new AllianceForm(a.getName(), a.getGoal(), a.getTeam(), a.getStartDate(), a.getPlannedEndDate(), a.getParticipantForm(),
                a.getCompositionForm(), a.isProducerDistributor(), a.getDistributionForm(), a.getPowerBases(),
                a.getCriterionWeights(), a.getSignedDate(), a.getTermsScope(), a.getTermsExclusivity(), a.getTermsTerritory(),
                a.getTermsDuration(), a.getTermsExit(), a.getSteeringCommittee(), a.getMeetingCadence(), a.getReviewIntervalMonths(),
                a.getPartners().stream().map(p -> new Partner(p.getCustomerId(), p.getName(), p.getUscc(), p.getContact(),
                        p.getEquityShare())).toList());
    }

    public AllianceForm withPartners(List<Partner> list) {
        return new AllianceForm(name, goal, team, startDate, plannedEndDate, participantForm, compositionForm, producerDistributor,
                distributionForm, powerBases, criterionWeights, signedDate, termsScope, termsExclusivity, termsTerritory, termsDuration,
                termsExit, steeringCommittee, meetingCadence, reviewIntervalMonths, list);
    }
}
