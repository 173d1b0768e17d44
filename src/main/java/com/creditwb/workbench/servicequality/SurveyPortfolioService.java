package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.ImportancePerformance;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service quality over a segment or the whole portfolio the user may read: rounds of one questionnaire pooled by
 * half-year of their answers, the latest half-year with its importance–performance chart.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyPortfolioService {

    /** A half-year (1 or 2), the period of the portfolio's trend. */
    public record HalfYear(int year, int half) implements Comparable<HalfYear> {

        public static HalfYear of(LocalDate date) {
            return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        }

        @Override
        public int compareTo(HalfYear o) {
            return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
        }
    }

    /** One half-year of the portfolio: its answers pooled over the rounds (see {@link Servqual#pool}). */
    public record PortfolioPoint(HalfYear period, Servqual.Result result, int rounds, int customers) {
    }

    /**
     * Service quality over a segment (or the whole portfolio the user may read) for one questionnaire: the trend by
     * half-year, and the latest half-year with its importance–performance chart.
     */
    public record Portfolio(String segment, Dimension.Model model, List<PortfolioPoint> trend, PortfolioPoint latest,
            ImportancePerformance.Chart chart, int customers) {
    }

    private final QuestionnaireRepository questionnaires;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final SurveyService rounds;
    private final KeyAccountService keyAccounts;
    private final Clock clock;

    SurveyPortfolioService(QuestionnaireRepository questionnaires, SurveyRepository surveys, SurveyResponseRepository responses, SurveyService rounds, KeyAccountService keyAccounts, Clock clock) {
        this.questionnaires = questionnaires;
        this.surveys = surveys;
        this.responses = responses;
        this.rounds = rounds;
        this.keyAccounts = keyAccounts;
        this.clock = clock;
    }

    /**
     * The segment's (blank: every customer's the user may read) rounds of the questionnaire pooled by half-year of
     * their answers; the latest half-year with answers is charted.
     *
     * @throws ValidationException for an unknown segment code
     */
    public Portfolio portfolio(String segment, Dimension.Model model) {
        if (!rounds.canUse()) {
            throw new AccessDeniedException("service quality");
        }
        Dimension.Model m = model == null ? Dimension.Model.FIVE : model;
        String code = segment == null || segment.isBlank() ? null : segment.strip().toUpperCase(Locale.ROOT);
        java.util.Set<Long> members = code == null ? null
                : keyAccounts.portfolio(code).stream().map(KeyAccountService.PortfolioRow::id).collect(java.util.stream.Collectors.toSet());
        Map<Long, Questionnaire> asked = new java.util.HashMap<>();
        questionnaires.findAll().forEach(q -> asked.put(q.getId(), q));
        Map<Long, Boolean> readable = new java.util.HashMap<>();
        // per half-year, per round: the round's answers in that half-year
        java.util.TreeMap<HalfYear, Map<Survey, List<SurveyResponse>>> byPeriod = new java.util.TreeMap<>();
        java.util.Set<Long> reached = new java.util.HashSet<>();
        java.time.ZoneId zone = clock.getZone();
        for (Survey s : surveys.findAll()) {
            Questionnaire q = asked.get(s.getQuestionnaireId());
            if (q == null || q.getModel() != m || members != null && !members.contains(s.getCustomerId())
                    || !readable.computeIfAbsent(s.getCustomerId(), rounds::canRead)) {
                continue;
            }
            for (SurveyResponse r : responses.findBySurveyIdOrderByAnsweredAtAscIdAsc(s.getId())) {
                HalfYear h = HalfYear.of(r.getAnsweredAt().atZone(zone).toLocalDate());
                byPeriod.computeIfAbsent(h, k -> new java.util.LinkedHashMap<>()).computeIfAbsent(s, k -> new ArrayList<>()).add(r);
                reached.add(s.getCustomerId());
            }
        }
        List<Dimension> dims = Dimension.of(m);
        List<PortfolioPoint> trend = new ArrayList<>();
        byPeriod.forEach((h, rounds) -> {
            List<Servqual.Result> results = new ArrayList<>();
            List<Servqual.Response> all = new ArrayList<>();
            rounds.forEach((s, answers) -> {
                List<Servqual.Response> list = answers.stream().map(SurveyResponse::servqual).toList();
                results.add(Servqual.of(asked.get(s.getQuestionnaireId()).dimensions(), list));
                all.addAll(list);
            });
            long customersIn = rounds.keySet().stream().map(Survey::getCustomerId).distinct().count();
            trend.add(new PortfolioPoint(h, Servqual.pool(dims, results, Servqual.nps(all)), rounds.size(), (int) customersIn));
        });
        PortfolioPoint latest = trend.isEmpty() ? null : trend.get(trend.size() - 1);
        return new Portfolio(code, m, trend, latest, latest == null ? null : ImportancePerformance.of(latest.result().dimensions()),
                reached.size());
    }
}
