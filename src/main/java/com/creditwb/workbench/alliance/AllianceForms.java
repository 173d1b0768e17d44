package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.PowerBase;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An alliance's form as a whole: whether it may be saved (all problems at once, each on its field — name, texts,
 * partners, equity shares) and its partner list applied to the stored rows (a customer partner kept by customer, another
 * organisation by name).
 */
@Component
class AllianceForms {

    private final CustomerService customers;
    private final Messages messages;

    AllianceForms(CustomerService customers, Messages messages) {
        this.customers = customers;
        this.messages = messages;
    }

    void validate(Alliance a, AllianceForm f, BigDecimal ours) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            errors.add(new ValidationException.FieldError("name", messages.get("validation.required")));
        } else if (f.name().length() > 200 || !PlainText.isPlain(f.name())) {
            errors.add(new ValidationException.FieldError("name", messages.get("alliance.error.name")));
        }
        for (String[] text : new String[][] {{"goal", f.goal()}, {"termsScope", f.termsScope()}}) {
            if (text[1] != null && text[1].length() > AllianceService.MAX_TEXT) {
                errors.add(new ValidationException.FieldError(text[0], messages.get("alliance.error.tooLong", AllianceService.MAX_TEXT)));
            }
        }
        for (String[] text : new String[][] {{"termsExclusivity", f.termsExclusivity()}, {"termsTerritory", f.termsTerritory()},
            {"termsDuration", f.termsDuration()}, {"termsExit", f.termsExit()}, {"steeringCommittee", f.steeringCommittee()}}) {
            if (text[1] != null && text[1].length() > 2000) {
                errors.add(new ValidationException.FieldError(text[0], messages.get("alliance.error.tooLong", 2000)));
            }
        }
        if (f.meetingCadence() != null && f.meetingCadence().length() > 200) {
            errors.add(new ValidationException.FieldError("meetingCadence", messages.get("alliance.error.tooLong", 200)));
        }
        if (f.reviewIntervalMonths() != null && (f.reviewIntervalMonths() < 1 || f.reviewIntervalMonths() > 36)) {
            errors.add(new ValidationException.FieldError("reviewIntervalMonths", messages.get("alliance.error.interval")));
        }
        if (f.startDate() != null && f.plannedEndDate() != null && f.plannedEndDate().isBefore(f.startDate())) {
            errors.add(new ValidationException.FieldError("plannedEndDate", messages.get("alliance.error.endBeforeStart")));
        }
        if (f.team() != null && (f.team().size() > 20 || f.team().stream().anyMatch(m -> m == null || m.length() > 64))) {
            errors.add(new ValidationException.FieldError("team", messages.get("alliance.error.team")));
        }
        if (f.powerBases() != null) {
            for (Map.Entry<PowerBase, PowerRating> e : f.powerBases().entrySet()) {
                if (e.getValue() == null || e.getValue().score() < 1 || e.getValue().score() > 5) {
                    errors.add(new ValidationException.FieldError("powerBases." + e.getKey().name(), messages.get("alliance.error.score")));
                } else if (e.getValue().evidence() != null && e.getValue().evidence().length() > 2000) {
                    errors.add(new ValidationException.FieldError("powerBases." + e.getKey().name(), messages.get("alliance.error.tooLong", 2000)));
                }
            }
        }
        if (f.criterionWeights() != null && !f.criterionWeights().isEmpty()) {
            double sum = f.criterionWeights().values().stream().mapToDouble(w -> w == null ? Double.NaN : w).sum();
            if (Double.isNaN(sum) || f.criterionWeights().values().stream().anyMatch(w -> w < 0) || Math.abs(sum - 1) > 1e-6) {
                errors.add(new ValidationException.FieldError("criterionWeights", messages.get("alliance.error.weights")));
            }
        }
        List<AllianceForm.Partner> partners = f.partners() == null ? List.of() : f.partners();
        if (partners.size() > 50) {
            errors.add(new ValidationException.FieldError("partners", messages.get("alliance.error.partners")));
        }
        Set<String> seen = new HashSet<>();
        BigDecimal shares = BigDecimal.ZERO;
        if (ours != null && (ours.signum() < 0 || ours.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new ValidationException.FieldError("ourEquityShare", messages.get("alliance.error.share")));
        } else if (ours != null) {
            shares = ours;
        }
        for (int i = 0; i < partners.size(); i++) {
            AllianceForm.Partner p = partners.get(i);
            String field = "partners[" + i + "]";
            if (p == null) {
                errors.add(new ValidationException.FieldError(field, messages.get("validation.required")));
                continue;
            }
            String key;
            if (p.customerId() != null) {
                key = "C" + p.customerId();
                customers.ownerOf(p.customerId()); // an unknown customer is not found
            } else {
                if (p.name() == null || p.name().isBlank() || p.name().length() > 200 || !PlainText.isPlain(p.name())) {
                    errors.add(new ValidationException.FieldError(field + ".name", messages.get("alliance.error.partnerName")));
                }
                if (p.uscc() != null && !p.uscc().isBlank()) {
                    String uscc = p.uscc().strip().toUpperCase(java.util.Locale.ROOT);
                    if (!UnifiedSocialCreditCode.isValid(uscc)) {
                        errors.add(new ValidationException.FieldError(field + ".uscc", messages.get("alliance.error.uscc")));
                    } else if (!customers.idsByCodeOrUscc(List.of(uscc)).isEmpty()) {
                        // one party record per organisation: a customer is chosen as the customer, never entered again
                        errors.add(new ValidationException.FieldError(field + ".uscc", messages.get("alliance.error.isCustomer", uscc)));
                    }
                    key = "U" + uscc;
                } else {
                    key = "N" + (p.name() == null ? "" : p.name().strip());
                }
                if (p.contact() != null && p.contact().length() > 300) {
                    errors.add(new ValidationException.FieldError(field + ".contact", messages.get("alliance.error.tooLong", 300)));
                }
            }
            if (!seen.add(key)) {
                errors.add(new ValidationException.FieldError(field, messages.get("alliance.error.partnerTwice")));
            }
            if (p.equityShare() == null) {
                continue;
            } else if (p.equityShare().signum() < 0 || p.equityShare().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new ValidationException.FieldError(field + ".equityShare", messages.get("alliance.error.share")));
            } else {
                shares = shares.add(p.equityShare());
            }
        }
        // more than 100 % cannot be held; less is work in progress, which the design stage's gate asks to finish
        if (shares.subtract(BigDecimal.ONE).compareTo(new BigDecimal("0.0001")) > 0) {
            errors.add(new ValidationException.FieldError("partners", messages.get("alliance.error.sharesSum",
                    shares.movePointRight(2).stripTrailingZeros().toPlainString())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Replaces the partners by those given, keeping the rows of partners that stay (customer or USCC or name). */
    void setPartners(Alliance a, List<AllianceForm.Partner> list) {
        List<AllianceForm.Partner> given = list == null ? List.of() : list;
        Map<Long, CustomerRecord> byId = customers.records(given.stream().map(AllianceForm.Partner::customerId).filter(Objects::nonNull).toList());
        List<AlliancePartner> kept = new ArrayList<>();
        int position = 1;
        for (AllianceForm.Partner p : given) {
            CustomerRecord c = p.customerId() == null ? null : byId.get(p.customerId());
            String name = c != null ? c.name() : p.name().strip();
            String uscc = c != null ? c.uscc() : p.uscc() == null || p.uscc().isBlank() ? null : p.uscc().strip().toUpperCase(java.util.Locale.ROOT);
            Optional<AlliancePartner> existing = a.getPartners().stream().filter(x -> !kept.contains(x)
                    && (c != null ? c.id().equals(x.getCustomerId()) : x.getCustomerId() == null && Objects.equals(x.getName(), name)))
                    .findFirst();
            AlliancePartner row = existing.orElseGet(() -> new AlliancePartner(a, 0, c == null ? null : c.id(), name, uscc, null, null));
            row.update(name, uscc, com.creditwb.workbench.common.validation.PlainText.blankToNull(p.contact()), p.equityShare());
            row.setPosition(position++);
            kept.add(row);
        }
        a.getPartners().removeIf(x -> !kept.contains(x));
        for (AlliancePartner row : kept) {
            if (!a.getPartners().contains(row)) {
                a.getPartners().add(row);
            }
        }
    }
}
