package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.Concessions;
import com.creditwb.workbench.negotiation.domain.Confidentiality;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of a negotiation (管理谈判活动): who met, the offers each side made — scored against the current plan —
 * notes, next steps and the confidentiality checklist, the counterpart's credit frozen into each; and the concessions
 * both sides made over all offers. The owner and the team record them while the negotiation is prepared or runs.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NegotiationSessionService {

    /** An offer of a session scored against the current plan. */
    public record ScoredOffer(NegotiationSession.Offer offer, NegotiationCreditService.Scored scored) {
    }

    /** A session with its offers scored and the credit frozen into it (null for a user who may not see the counterpart's credit). */
    public record ScoredSession(NegotiationSession session, List<ScoredOffer> offers, NegotiationSession.CreditSnapshot credit) {
    }

    /** Both sides' concessions over every offer in order, the warnings, and each offer's score in order (for the chart). */
    public record ConcessionReport(Concessions.Result result, List<NegotiationWarning> warnings, List<Point> points) {
    }

    /** One offer on the chart: the session's date, the side and our score of the offer. */
    public record Point(LocalDate date, int sequence, Concessions.Side by, double score) {
    }

    /** What is recorded of a session. */
    public record SessionForm(LocalDate date, String attendeesUs, String attendeesThem, List<NegotiationSession.Offer> offers, String notes,
            String nextSteps, Set<Confidentiality.SessionItem> checklist) {
    }

    private final NegotiationService negotiations;

    private final NegotiationFormCheck formCheck;
    private final NegotiationCreditService credit;
    private final NegotiationSessionRepository sessions;
    private final CustomerService customers;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;
    private final EntityManager entityManager;

    NegotiationSessionService(NegotiationService negotiations, NegotiationFormCheck formCheck, NegotiationCreditService credit, NegotiationSessionRepository sessions,
            CustomerService customers, AccessPolicy policy, Messages messages, Clock clock, EntityManager entityManager) {
        this.negotiations = negotiations;
        this.formCheck = formCheck;
        this.credit = credit;
        this.sessions = sessions;
        this.customers = customers;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The sessions in order, each offer scored against the current plan. */
    public List<ScoredSession> sessions(Long id) {
        Negotiation n = negotiations.readable(id);
        boolean seesCredit = customers.canSeeCredit(n.getCounterpartId());
        return sessions.findByNegotiationIdOrderByDateAscIdAsc(n.getId()).stream()
                .map(s -> new ScoredSession(s, s.getOffers().stream().map(o -> new ScoredOffer(o, credit.scored(n, o.values()))).toList(),
                        seesCredit ? s.getCreditSnapshot() : null)).toList();
    }

    /**
     * Records a session (the owner or the team, while preparing or in progress; a negotiation still preparing moves
     * to in progress): the counterpart's credit as it stands now is frozen into it.
     */
    @Transactional
    public NegotiationSession addSession(Long id, SessionForm form) {
        Negotiation n = sessionEditable(id);
        validate(n, form);
        NegotiationSession s = new NegotiationSession(n.getId());
        s.describe(form.date(), strip(form.attendeesUs()), strip(form.attendeesThem()), form.offers(), strip(form.notes()),
                strip(form.nextSteps()), form.checklist());
        // frozen whoever records it (a team member may not see the counterpart's credit; it is shown only to those who may)
        s.freeze(com.creditwb.workbench.common.SystemAuthentication.call(() -> credit.creditSnapshot(n)));
        if (n.getStatus() == NegotiationStatus.PREPARING) {
            n.close(NegotiationStatus.IN_PROGRESS, null, null);
        }
        NegotiationSession saved = sessions.saveAndFlush(s);
        entityManager.flush();
        return saved;
    }

    /** Changes a recorded session with the version read (its frozen credit stays as it was). */
    @Transactional
    public NegotiationSession updateSession(Long id, Long sessionId, Long version, SessionForm form) {
        Negotiation n = sessionEditable(id);
        NegotiationSession s = session(n, sessionId);
        ConcurrentEditException.unlessSame(s.getVersion(), version, messages);
        validate(n, form);
        s.describe(form.date(), strip(form.attendeesUs()), strip(form.attendeesThem()), form.offers(), strip(form.notes()),
                strip(form.nextSteps()), form.checklist());
        return sessions.saveAndFlush(s);
    }

    @Transactional
    public void deleteSession(Long id, Long sessionId) {
        Negotiation n = sessionEditable(id);
        sessions.delete(session(n, sessionId));
        sessions.flush();
    }

    private NegotiationSession session(Negotiation n, Long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getNegotiationId().equals(n.getId()))
                .orElseThrow(() -> new NotFoundException("NegotiationSession", sessionId));
    }

    private Negotiation sessionEditable(Long id) {
        Negotiation n = negotiations.readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canEdit(NegotiationService.subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        if (n.getStatus() != NegotiationStatus.PREPARING && n.getStatus() != NegotiationStatus.IN_PROGRESS) {
            throw ValidationException.of("status", messages.get("negotiation.error.closed"));
        }
        return n;
    }

    private void validate(Negotiation n, SessionForm f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (f.date() == null) {
            errors.add(new ValidationException.FieldError("date", messages.get("validation.required")));
        } else if (f.date().isAfter(LocalDate.now(clock).plusYears(5)) || f.date().getYear() < 1990) {
            errors.add(new ValidationException.FieldError("date", messages.get("negotiation.error.value")));
        }
        formCheck.text(errors, "attendees", f.attendeesUs(), 1000);
        formCheck.text(errors, "attendeesThem", f.attendeesThem(), 1000);
        formCheck.text(errors, "notes", f.notes(), 4000);
        formCheck.text(errors, "nextSteps", f.nextSteps(), 2000);
        List<NegotiationSession.Offer> offers = f.offers() == null ? List.of() : f.offers();
        if (offers.size() > 50) {
            errors.add(new ValidationException.FieldError("offers", messages.get("negotiation.error.offers")));
        }
        for (int i = 0; i < offers.size() && i < 50; i++) {
            NegotiationSession.Offer o = offers.get(i);
            if (o == null || o.by() == null) {
                errors.add(new ValidationException.FieldError("offers[" + i + "].by", messages.get("validation.required")));
                continue;
            }
            if (o.values() == null || o.values().isEmpty()) {
                errors.add(new ValidationException.FieldError("offers[" + i + "].values", messages.get("negotiation.error.offerValues")));
                continue;
            }
            try {
                negotiations.checkValues(n, o.values(), "offers[" + i + "].values");
            } catch (ValidationException e) {
                errors.addAll(e.getErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


    /** Concessions over all offers in order (sessions by date, offers as recorded), with UNRECIPROCATED when it applies. */
    public ConcessionReport concessions(Long id) {
        List<ScoredSession> list = sessions(id);
        List<Concessions.Offer> offers = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (ScoredSession s : list) {
            for (ScoredOffer o : s.offers()) {
                offers.add(new Concessions.Offer(o.offer().by(), o.scored().result().score()));
                points.add(new Point(s.session().getDate(), points.size() + 1, o.offer().by(), o.scored().result().score()));
            }
        }
        Concessions.Result r = Concessions.of(offers);
        List<NegotiationWarning> warnings = r.unreciprocated() ? List.of(new NegotiationWarning("UNRECIPROCATED", List.of())) : List.of();
        return new ConcessionReport(r, warnings, points);
    }
}
