package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.CandidateRanking;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance's options (forms of co-operation) and candidate partners scored 1–5 per criterion, and the choice: a
 * chosen option excludes the others, a chosen candidate becomes a partner.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AllianceOptionService {

    private final AllianceService alliances;
    private final AlliancePartnerService partners;
    private final CustomerService customers;
    private final Messages messages;
    private final EntityManager entityManager;

    AllianceOptionService(AllianceService alliances, AlliancePartnerService partners, CustomerService customers, Messages messages, EntityManager entityManager) {
        this.alliances = alliances;
        this.partners = partners;
        this.customers = customers;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    /** Adds (id null) or changes an option or a candidate partner with its scores 1–5 per criterion. */
    @Transactional
    public AllianceOption saveOption(Long allianceId, Long optionId, OptionKind kind, String name, String description, Long customerId,
            Map<Criterion, Integer> scores) {
        Alliance a = alliances.editable(allianceId, null);
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        if (scores != null) {
            s.putAll(scores);
        }
        String label = name;
        String uscc = null;
        if (customerId != null) {
            CustomerRecord c = customers.record(customerId);
            label = label == null || label.isBlank() ? c.name() : label;
            uscc = c.uscc();
            if (!s.containsKey(Criterion.FINANCIAL_STRENGTH) && customers.canSeeCredit(customerId)) {
                Integer strength = CandidateRanking.financialStrength(partners.customerFacts(customerId).rating());
                if (strength != null) {
                    s.put(Criterion.FINANCIAL_STRENGTH, strength); // pre-filled from the candidate's credit rating
                }
            }
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new ValidationException.FieldError("kind", messages.get("validation.required")));
        }
        if (label == null || label.isBlank() || label.length() > 200 || !PlainText.isPlain(label)) {
            errors.add(new ValidationException.FieldError("name", messages.get("alliance.error.name")));
        }
        if (description != null && description.length() > 2000) {
            errors.add(new ValidationException.FieldError("description", messages.get("alliance.error.tooLong", 2000)));
        }
        s.forEach((c, v) -> {
            if (v == null || v < 1 || v > 5) {
                errors.add(new ValidationException.FieldError("scores." + c.name(), messages.get("alliance.error.score")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceOption o;
        if (optionId == null) {
            o = new AllianceOption(a, a.nextPosition(a.getOptions()), kind);
            a.getOptions().add(o);
        } else {
            o = a.getOptions().stream().filter(x -> optionId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("AllianceOption", optionId));
        }
        o.update(label.strip(), com.creditwb.workbench.common.validation.PlainText.blankToNull(description), customerId, uscc, s);
        entityManager.flush();
        return o;
    }

    /** Chooses an option (the others of its kind are no longer chosen); a chosen candidate becomes a partner. */
    @Transactional
    public Alliance choose(Long allianceId, Long optionId) {
        Alliance a = alliances.editable(allianceId, null);
        AllianceOption chosen = a.getOptions().stream().filter(x -> optionId.equals(x.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("AllianceOption", optionId));
        if (chosen.getKind() == OptionKind.OPTION) {
            a.getOptions().stream().filter(o -> o.getKind() == OptionKind.OPTION).forEach(o -> o.setChosen(o == chosen));
        } else {
            chosen.setChosen(true);
            boolean present = a.getPartners().stream().anyMatch(p -> chosen.getCustomerId() != null
                    ? chosen.getCustomerId().equals(p.getCustomerId()) : p.getCustomerId() == null && p.getName().equals(chosen.getName()));
            if (!present) {
                a.getPartners().add(new AlliancePartner(a, a.nextPosition(a.getPartners()), chosen.getCustomerId(), chosen.getName(),
                        chosen.getUscc(), null, null));
            }
        }
        entityManager.flush();
        return alliances.load(a);
    }
}
