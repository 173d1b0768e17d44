package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.CustomerService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering by link (no account): the token is the only key; it opens its one questionnaire, once, until the round's
 * date, and reaches nothing else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyLinkService {

    /** What a link opens: the invitation, its round, the questionnaire and the customer's name; nothing more. */
    public record Opened(SurveyInvitation invitation, Survey survey, Questionnaire questionnaire, String customerName) {
    }

    /** Why a link does not open: unknown (or renewed), answered already, past its date. */
    public static class LinkException extends RuntimeException {

        public enum Reason { UNKNOWN, ANSWERED, EXPIRED }

        private final Reason reason;
        private final transient Locale locale;

        public LinkException(Reason reason) {
            this(reason, null);
        }

        /** With the language of the invitation, when the link was a real one (answered or expired). */
        public LinkException(Reason reason, Locale locale) {
            super("survey link " + reason);
            this.reason = reason;
            this.locale = locale;
        }

        public Reason reason() {
            return reason;
        }

        public Locale locale() {
            return locale;
        }
    }

    private final QuestionnaireRepository questionnaires;
    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final CustomerService customers;
    private final SurveyAnswerCheck answerCheck;
    private final Clock clock;

    SurveyLinkService(QuestionnaireRepository questionnaires, SurveyRepository surveys, SurveyInvitationRepository invitations, SurveyResponseRepository responses, CustomerService customers, SurveyAnswerCheck answerCheck, Clock clock) {
        this.questionnaires = questionnaires;
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.customers = customers;
        this.answerCheck = answerCheck;
        this.clock = clock;
    }

    /** What the link opens, or why it does not. */
    @PreAuthorize("permitAll()")
    public Opened open(String token) {
        SurveyInvitation inv = invitation(token);
        Survey s = surveys.findById(inv.getSurveyId()).orElseThrow(() -> new LinkException(LinkException.Reason.UNKNOWN));
        if (inv.isAnswered()) {
            throw new LinkException(LinkException.Reason.ANSWERED, inv.getLocale());
        }
        if (LocalDate.now(clock).isAfter(s.getValidUntil())) {
            throw new LinkException(LinkException.Reason.EXPIRED, inv.getLocale());
        }
        Questionnaire q = questionnaires.findById(s.getQuestionnaireId()).orElseThrow();
        String customerName = SystemAuthentication.call(() -> customers.record(s.getCustomerId()).name());
        return new Opened(inv, s, q, customerName);
    }

    /** Stores the contact's answers: once per link (a second submission is refused), until the round's date. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void answer(String token, SurveyService.AnswerForm form) {
        Opened o = open(token);
        answerCheck.check(o.questionnaire(), form);
        SurveyInvitation inv = invitations.lock(o.invitation().getId()).orElseThrow(() -> new LinkException(LinkException.Reason.UNKNOWN));
        if (inv.isAnswered()) {
            throw new LinkException(LinkException.Reason.ANSWERED, inv.getLocale());
        }
        Instant now = Instant.now(clock);
        inv.answered(now);
        SystemAuthentication.run(() -> {
            invitations.saveAndFlush(inv);
            responses.saveAndFlush(new SurveyResponse(o.survey(), inv.getId(), inv.getContactName(), SurveyResponse.Channel.LINK, SurveyAnswerCheck.answers(form),
                    form.satisfaction(), form.recommend(), SurveyAnswerCheck.blankNull(form.comments()), now));
        });
    }

    private SurveyInvitation invitation(String token) {
        if (token == null || token.length() < 20 || token.length() > 100 || !token.matches("[A-Za-z0-9_-]+")) {
            throw new LinkException(LinkException.Reason.UNKNOWN);
        }
        return invitations.findByTokenHash(SurveyService.hash(token)).orElseThrow(() -> new LinkException(LinkException.Reason.UNKNOWN));
    }
}
