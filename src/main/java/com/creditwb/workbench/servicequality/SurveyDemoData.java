package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.SatisfactionLevel;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.CustomerRecord.ContactRecord;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two years of half-yearly survey rounds for six customers of each account manager, alternating the
 * five- and nine-factor questionnaires, each with three answers (by link and entered) — satisfaction rising for half
 * of them and falling for the others — and a current round still open with one link unanswered.
 */
@Component
@Profile("demo")
@Order(70)
class SurveyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);
    private static final List<String> AM = List.of("ACCOUNT_MANAGER");

    private final QuestionnaireRepository questionnaires;
    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final CustomerService customers;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    SurveyDemoData(QuestionnaireRepository questionnaires, SurveyRepository surveys, SurveyInvitationRepository invitations,
            SurveyResponseRepository responses, CustomerService customers, Clock clock, @Value("${workbench.demo.surveys:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.questionnaires = questionnaires;
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.customers = customers;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || marks.ran("surveys")) {
            return;
        }
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> directory = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        Random random = new Random(17);
        LocalDate today = LocalDate.now(clock);
        int rounds = 0;
        for (String owner : List.of("account1", "account2")) {
            List<CustomerService.Entry> own = directory.stream().filter(e -> owner.equals(e.owner())).limit(6).toList();
            for (int k = 0; k < own.size(); k++) {
                Long id = own.get(k).id();
                boolean rising = k % 2 == 0;
                rounds += SystemAuthentication.callAs(owner, AM, () -> build(customers.record(id), rising, random, today));
            }
        }
        log.info("Demo survey rounds: {}", rounds);
        marks.mark("surveys");
    }

    private int build(CustomerRecord c, boolean rising, Random random, LocalDate today) {
        List<String> names = new java.util.ArrayList<>(c.contacts().stream().map(ContactRecord::name).limit(3).toList());
        for (String extra : List.of("王经理", "李主管", "张工")) {
            if (names.size() < 3 && !names.contains(extra)) {
                names.add(extra);
            }
        }
        int count = 0;
        for (int r = 0; r < 5; r++) {
            Dimension.Model model = r % 2 == 0 ? Dimension.Model.FIVE : Dimension.Model.NINE;
            Questionnaire q = questionnaires.findFirstByModelOrderByNumberDesc(model).orElseThrow();
            LocalDate start = today.minusMonths(24 - 6L * r);
            boolean current = r == 4;
            String title = start.getYear() + (start.getMonthValue() <= 6 ? " 上半年服务质量调查" : " 下半年服务质量调查");
            Survey s = surveys.saveAndFlush(new Survey(c.id(), q.getId(), title, current ? today.plusDays(14) : start.plusWeeks(3)));
            // perception moves half a point a round, up or down; expectation stays high
            double level = rising ? 3.8 + 0.5 * r : 6.0 - 0.5 * r;
            for (int i = 0; i < names.size(); i++) {
                SurveyInvitation inv = invitations.save(new SurveyInvitation(s.getId(), names.get(i), null, Locale.SIMPLIFIED_CHINESE.toLanguageTag(),
                        SurveyService.hash(SurveyService.token())));
                if (current && i == names.size() - 1) {
                    continue; // still open
                }
                java.time.Instant at = start.plusDays(3 + i).atTime(10, 0).atZone(clock.getZone()).toInstant();
                inv.answered(at);
                invitations.save(inv);
                Map<Dimension, List<Integer>> e = new EnumMap<>(Dimension.class);
                Map<Dimension, List<Integer>> p = new EnumMap<>(Dimension.class);
                Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
                for (Dimension d : q.dimensions()) {
                    int items = q.items(d).size();
                    double shift = d.ordinal() % 3 == 0 ? -0.6 : 0.3; // some dimensions lag behind: the dissatisfiers
                    e.put(d, java.util.stream.IntStream.range(0, items).mapToObj(x -> clamp(6.4 + random.nextGaussian() * 0.5)).toList());
                    p.put(d, java.util.stream.IntStream.range(0, items).mapToObj(x -> clamp(level + shift + random.nextGaussian() * 0.6)).toList());
                    w.put(d, 10.0 + random.nextInt(20) + (shift < 0 ? 10 : 0));
                }
                double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
                w.replaceAll((d, x) -> x * Servqual.POINTS / total); // 100 points, as the questionnaire asks
                int recommend = Math.max(0, Math.min(10, (int) Math.round(level * 1.5 + random.nextGaussian())));
                SatisfactionLevel satisfaction = level < 4.2 ? SatisfactionLevel.DISSATISFIED
                        : level < 5 ? SatisfactionLevel.CONTENT : level < 5.5 ? SatisfactionLevel.PLEASED : SatisfactionLevel.DELIGHTED;
                responses.save(new SurveyResponse(s, inv.getId(), names.get(i), i == 1 ? SurveyResponse.Channel.ENTERED : SurveyResponse.Channel.LINK,
                        new SurveyResponse.Answers(e, p, w), satisfaction, recommend, level < 4.5 ? "交货延迟较多，希望改进" : "服务及时、专业", at));
            }
            responses.flush();
            count++;
        }
        return count;
    }

    private static int clamp(double v) {
        return (int) Math.max(Servqual.SCALE_MIN, Math.min(Servqual.SCALE_MAX, Math.round(v)));
    }
}
