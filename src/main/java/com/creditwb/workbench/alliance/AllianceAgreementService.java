package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.ContributionKind;
import com.creditwb.workbench.alliance.domain.ContributionStatus;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the partners agreed to put in (contributions and obligations with their dates) and the steering committee's meetings. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AllianceAgreementService {

    private final AllianceService alliances;
    private final Messages messages;
    private final EntityManager entityManager;

    AllianceAgreementService(AllianceService alliances, Messages messages, EntityManager entityManager) {
        this.alliances = alliances;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    /** Adds (id null) or changes a contribution or obligation of a partner. */
    @Transactional
    public AllianceContribution saveContribution(Long allianceId, Long contributionId, String partner, ContributionKind kind,
            String description, BigDecimal amount, LocalDate dueDate, ContributionStatus status) {
        Alliance a = alliances.editable(allianceId, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (partner == null || partner.isBlank() || partner.length() > 200) {
            errors.add(new ValidationException.FieldError("partner", messages.get("validation.required")));
        }
        if (kind == null) {
            errors.add(new ValidationException.FieldError("kind", messages.get("validation.required")));
        }
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > 17)) {
            errors.add(new ValidationException.FieldError("amount", messages.get("alliance.error.amount")));
        }
        if (description != null && description.length() > 2000) {
            errors.add(new ValidationException.FieldError("description", messages.get("alliance.error.tooLong", 2000)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceContribution c;
        if (contributionId == null) {
            c = new AllianceContribution(a, a.nextPosition(a.getContributions()));
            a.getContributions().add(c);
        } else {
            c = a.getContributions().stream().filter(x -> contributionId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("AllianceContribution", contributionId));
        }
        c.update(partner.strip(), kind, com.creditwb.workbench.common.validation.PlainText.blankToNull(description), amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP),
                dueDate, status == null ? ContributionStatus.DUE : status);
        entityManager.flush();
        return c;
    }

    /** Logs a steering-committee meeting. */
    @Transactional
    public AllianceMeeting addMeeting(Long allianceId, LocalDate date, String attendees, String decisions, String followUps) {
        Alliance a = alliances.editable(allianceId, null);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new ValidationException.FieldError("date", messages.get("validation.required")));
        }
        if (attendees != null && attendees.length() > 1000 || decisions != null && decisions.length() > AllianceService.MAX_TEXT
                || followUps != null && followUps.length() > AllianceService.MAX_TEXT) {
            errors.add(new ValidationException.FieldError("decisions", messages.get("alliance.error.tooLong", AllianceService.MAX_TEXT)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AllianceMeeting m = new AllianceMeeting(a, a.nextPosition(a.getMeetings()), date, com.creditwb.workbench.common.validation.PlainText.blankToNull(attendees), com.creditwb.workbench.common.validation.PlainText.blankToNull(decisions),
                com.creditwb.workbench.common.validation.PlainText.blankToNull(followUps));
        a.getMeetings().add(m);
        entityManager.flush();
        return m;
    }
}
