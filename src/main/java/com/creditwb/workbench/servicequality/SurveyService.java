package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.ImportancePerformance;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.customer.CustomerRecord.ContactRecord;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SERVQUAL survey rounds (客户满意度调查): the customer's account manager invites contacts, each with a personal link
 * (a random token; only its hash is kept) valid until a date and answerable once, or enters answers taken by phone
 * or on paper; the round's results are scored with {@link Servqual}. Credit managers and ADMIN read all rounds; the
 * owner runs them (the access policy's SERVICE area). Answering by link needs no account and reaches nothing else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyService {

    /** A contact to invite, in the language the questionnaire should be shown in. */
    public record Invitee(String name, String email, Locale locale) {
    }

    /** An invitation and its link's token, known only at the moment it is made. */
    public record Link(SurveyInvitation invitation, String token) {

        public String path() {
            return "survey/" + token;
        }
    }

    public record Created(Survey survey, List<Link> links) {
    }

    /** Invited, answered, and links past their date unanswered. */
    public record Progress(int invited, int answered, int expired) {
    }

    /** A round with its responses scored (result and chart null while nobody answered). */
    public record RoundResult(Survey survey, Questionnaire questionnaire, List<SurveyInvitation> invitations, List<SurveyResponse> responses,
            Servqual.Result result, ImportancePerformance.Chart chart, Progress progress, Map<SatisfactionLevel, Long> levels) {
    }

    /** The answers to a questionnaire as given in a form or an API call. */
    public record AnswerForm(String respondent, Map<Dimension, List<Integer>> expectation, Map<Dimension, List<Integer>> perception,
            Map<Dimension, Double> importance, SatisfactionLevel satisfaction, Integer recommend, String comments) {
    }

    /** A segment's rounds started at once: each customer's, and the customers left out because they have no contacts. */
    public record SegmentCreated(String segment, List<Created> rounds, List<String> withoutContacts, Map<Long, String> names) {

        public int links() {
            return rounds.stream().mapToInt(r -> r.links().size()).sum();
        }
    }

    /** How many customers one segment round may reach at once. */
    public static final int SEGMENT_MAX_CUSTOMERS = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuestionnaireRepository questionnaires;
    private final SurveyAnswerCheck answerCheck;
    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final CustomerService customers;
    private final KeyAccountService keyAccounts;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    SurveyService(QuestionnaireRepository questionnaires, SurveyAnswerCheck answerCheck, SurveyRepository surveys, SurveyInvitationRepository invitations,
            SurveyResponseRepository responses, CustomerService customers, KeyAccountService keyAccounts, AccessPolicy policy, CurrentUser currentUser, Messages messages,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.answerCheck = answerCheck;
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.customers = customers;
        this.keyAccounts = keyAccounts;
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    private AccessPolicy.Subject subject(Long customerId) {
        return AccessPolicy.Subject.of(AccessPolicy.Area.SERVICE, customers.ownerOf(customerId));
    }

    public boolean canRead(Long customerId) {
        return policy.canRead(subject(customerId));
    }

    public boolean canRun(Long customerId) {
        return policy.canEdit(subject(customerId));
    }

    /** Whether the user sees service quality at all (account managers for their own customers, credit managers, ADMIN). */
    public boolean canUse() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.ACCOUNT_MANAGER);
    }

    Survey readable(Long surveyId) {
        Survey s = surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("Survey", surveyId));
        policy.checkRead(subject(s.getCustomerId()), "Survey", surveyId);
        return s;
    }

    private Survey runnable(Long surveyId) {
        Survey s = readable(surveyId);
        if (!canRun(s.getCustomerId())) {
            throw new AccessDeniedException("survey " + surveyId);
        }
        return s;
    }

    /** A new round for the customer with a personal link per contact (the owner). */
    @Transactional
    public Created create(Long customerId, Dimension.Model model, String title, LocalDate validUntil, List<Invitee> invitees) {
        policy.checkRead(subject(customerId), "Customer", customerId);
        if (!canRun(customerId)) {
            throw new AccessDeniedException("customer " + customerId);
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200 || !PlainText.isPlain(title)) {
            errors.add(new ValidationException.FieldError("title", messages.get("survey.error.title")));
        }
        LocalDate today = LocalDate.now(clock);
        if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusYears(1))) {
            errors.add(new ValidationException.FieldError("validUntil", messages.get("survey.error.validUntil")));
        }
        Questionnaire q = model == null ? null : questionnaires.findFirstByModelOrderByNumberDesc(model).orElse(null);
        if (q == null) {
            errors.add(new ValidationException.FieldError("questionnaire", messages.get("validation.required")));
        }
        List<Invitee> list = invitees == null ? List.of() : invitees;
        if (list.size() > 200) {
            errors.add(new ValidationException.FieldError("contacts", messages.get("survey.error.tooMany", 200)));
        }
        for (int i = 0; i < list.size() && i < 200; i++) {
            Invitee x = list.get(i);
            if (x == null || x.name() == null || x.name().isBlank() || x.name().length() > 200 || !PlainText.isPlain(x.name())
                    || x.email() != null && (x.email().length() > 200 || !PlainText.isPlain(x.email()))) {
                errors.add(new ValidationException.FieldError("contacts[" + i + "]", messages.get("survey.error.contact")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Survey s = surveys.saveAndFlush(new Survey(customerId, q.getId(), title.strip(), validUntil));
        List<Link> links = new ArrayList<>();
        for (Invitee x : list) {
            String token = token();
            Locale locale = x.locale() != null && com.creditwb.workbench.common.i18n.Locales.isChinese(x.locale()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            SurveyInvitation inv = invitations.save(new SurveyInvitation(s.getId(), x.name().strip(),
                    x.email() == null || x.email().isBlank() ? null : x.email().strip(), locale.toLanguageTag(), hash(token)));
            links.add(new Link(inv, token));
        }
        invitations.flush();
        return new Created(s, links);
    }

    /**
     * A round for every customer of a portfolio segment (a key-account segment code, see
     * {@link KeyAccountService#portfolio}) whose service the user runs, each contact of each customer invited in the
     * given language. Customers without contacts are named and left out; nothing is created when any part is invalid.
     */
    @Transactional
    public SegmentCreated createForSegment(String segment, Dimension.Model model, String title, LocalDate validUntil, Locale locale) {
        if (segment == null || segment.isBlank()) {
            throw ValidationException.of("segment", messages.get("validation.required"));
        }
        String code = segment.strip().toUpperCase(Locale.ROOT);
        List<KeyAccountService.PortfolioRow> rows = keyAccounts.portfolio(code).stream().filter(r -> canRun(r.id())).toList();
        if (rows.isEmpty()) {
            throw ValidationException.of("segment", messages.get("survey.error.segmentEmpty"));
        }
        if (rows.size() > SEGMENT_MAX_CUSTOMERS) {
            throw ValidationException.of("segment", messages.get("survey.error.segmentTooLarge", rows.size(), SEGMENT_MAX_CUSTOMERS));
        }
        List<Created> created = new ArrayList<>();
        List<String> without = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (KeyAccountService.PortfolioRow row : rows) {
            CustomerRecord c = customers.record(row.id());
            List<Invitee> invitees = c.contacts().stream().map((ContactRecord x) -> new Invitee(x.name(), x.email(), locale)).toList();
            if (invitees.isEmpty()) {
                without.add(c.name());
                continue;
            }
            names.put(c.id(), c.name());
            Created one;
            try {
                one = create(row.id(), model, title, validUntil, invitees);
            } catch (ValidationException e) {
                // the title or date is wrong for all alike; a contact is wrong at its customer: say which
                throw new ValidationException(e.getErrors().stream().map(x -> x.field().startsWith("contacts")
                        ? new ValidationException.FieldError(c.code() + "." + x.field(), c.name() + ": " + x.message()) : x).toList());
            }
            one.survey().startedFor(code);
            surveys.saveAndFlush(one.survey());
            created.add(one);
        }
        if (created.isEmpty()) {
            throw ValidationException.of("segment", messages.get("survey.error.segmentNoContacts"));
        }
        return new SegmentCreated(code, created, without, names);
    }

    /** A new link for an unanswered invitation (the old one stops working). */
    @Transactional
    public Link renew(Long surveyId, Long invitationId) {
        Survey s = runnable(surveyId);
        SurveyInvitation inv = invitations.findById(invitationId).filter(i -> i.getSurveyId().equals(s.getId()))
                .orElseThrow(() -> new NotFoundException("SurveyInvitation", invitationId));
        if (inv.isAnswered()) {
            throw ValidationException.of("invitation", messages.get("survey.error.answered"));
        }
        String token = token();
        inv.renew(hash(token));
        invitations.saveAndFlush(inv);
        return new Link(inv, token);
    }

    /** The customer's rounds, oldest first. */
    public List<Survey> rounds(Long customerId) {
        policy.checkRead(subject(customerId), "Customer", customerId);
        return surveys.findByCustomerIdOrderByCreatedAtAscIdAsc(customerId);
    }

    public RoundResult result(Long surveyId) {
        return result(readable(surveyId));
    }

    /** Every round of the customer with its results, oldest first (for the trend). */
    public List<RoundResult> results(Long customerId) {
        return rounds(customerId).stream().map(this::result).toList();
    }

    private RoundResult result(Survey s) {
        Questionnaire q = questionnaires.findById(s.getQuestionnaireId()).orElseThrow();
        List<SurveyInvitation> invited = invitations.findBySurveyIdOrderByIdAsc(s.getId());
        List<SurveyResponse> answers = responses.findBySurveyIdOrderByAnsweredAtAscIdAsc(s.getId());
        Servqual.Result result = answers.isEmpty() ? null : Servqual.of(q.dimensions(), answers.stream().map(SurveyResponse::servqual).toList());
        ImportancePerformance.Chart chart = result == null ? null : ImportancePerformance.of(result.dimensions());
        boolean past = LocalDate.now(clock).isAfter(s.getValidUntil());
        int answeredByLink = (int) invited.stream().filter(SurveyInvitation::isAnswered).count();
        Progress progress = new Progress(invited.size(), answers.size(), past ? invited.size() - answeredByLink : 0);
        Map<SatisfactionLevel, Long> levels = new EnumMap<>(SatisfactionLevel.class);
        answers.stream().filter(r -> r.getSatisfaction() != null).forEach(r -> levels.merge(r.getSatisfaction(), 1L, Long::sum));
        return new RoundResult(s, q, invited, answers, result, chart, progress, levels);
    }

    /** Answers taken by phone or on paper, entered by the owner. */
    @Transactional
    public SurveyResponse enter(Long surveyId, AnswerForm form) {
        Survey s = runnable(surveyId);
        Questionnaire q = questionnaires.findById(s.getQuestionnaireId()).orElseThrow();
        if (form.respondent() == null || form.respondent().isBlank() || form.respondent().length() > 200 || !PlainText.isPlain(form.respondent())) {
            throw ValidationException.of("respondent", messages.get("survey.error.contact"));
        }
        answerCheck.check(q, form);
        return responses.saveAndFlush(new SurveyResponse(s, null, form.respondent().strip(), SurveyResponse.Channel.ENTERED, SurveyAnswerCheck.answers(form),
                form.satisfaction(), form.recommend(), SurveyAnswerCheck.blankNull(form.comments()), Instant.now(clock)));
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
