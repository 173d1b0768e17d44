package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.ScoringModelVersion;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.credit.scoring.CreditFacts;
import com.creditwb.workbench.credit.scoring.Prefill;
import com.creditwb.workbench.credit.scoring.ScoreResult;
import com.creditwb.workbench.credit.scoring.Scorer;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.creditwb.workbench.statement.ratio.RatioResult;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-scores every current credit decision with the current model and each customer's latest
 * statements, as a background job with progress: how ratings and classes would move (the approved
 * decisions themselves stay as approved). Works through the portfolio a page at a time, reading each
 * page's assessments, customers and statements in three queries.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RescoreService {

    private static final Logger log = LoggerFactory.getLogger(RescoreService.class);
    public static final int PAGE = 1000;

    /** A running or finished re-scoring. */
    public static final class Job {
        private final int modelNumber;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final Map<String, Map<String, Integer>> migration = new LinkedHashMap<>();
        private volatile boolean finished;
        private volatile String error;
        private volatile long millis;
        private int changed;
        private final long started = System.nanoTime();

        Job(int modelNumber, int total) {
            this.modelNumber = modelNumber;
            this.total = total;
        }

        public int modelNumber() {
            return modelNumber;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return finished;
        }

        public String error() {
            return error;
        }

        public long millis() {
            return finished ? millis : (System.nanoTime() - started) / 1_000_000;
        }

        /** Approved rating → re-scored rating → customers. */
        public synchronized Map<String, Map<String, Integer>> migration() {
            Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
            migration.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
            return copy;
        }

        public synchronized int changed() {
            return changed;
        }

        synchronized void record(String from, String to) {
            migration.computeIfAbsent(from == null ? "—" : from, k -> new LinkedHashMap<>()).merge(to, 1, Integer::sum);
            if (!to.equals(from)) {
                changed++;
            }
        }
    }

    private final AssessmentRepository assessments;
    private final ScoringModelService models;
    private final CustomerService customers;
    private final StatementService statements;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final com.creditwb.workbench.common.BackgroundWork work;
    private final AtomicReference<Job> current = new AtomicReference<>();

    RescoreService(AssessmentRepository assessments, ScoringModelService models, CustomerService customers, StatementService statements,
            org.springframework.transaction.PlatformTransactionManager transactions, Clock clock,
            com.creditwb.workbench.common.BackgroundWork work) {
        this.work = work;
        this.assessments = assessments;
        this.models = models;
        this.customers = customers;
        this.statements = statements;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Starts re-scoring in the background (or returns the job already running). */
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
    public synchronized Job start() {
        Job running = current.get();
        if (running != null && !running.finished()) {
            return running;
        }
        ScoringModelVersion version = models.current();
        List<Long> ids = assessments.currentIds();
        Job job = new Job(version.getNumber(), ids.size());
        current.set(job);
        work.submit("rescore", progress -> run(job, version.model(), ids));
        return job;
    }

    /** The latest job, running or finished. */
    public Optional<Job> latest() {
        return Optional.ofNullable(current.get());
    }

    void run(Job job, ScoringModel model, List<Long> ids) {
        // a page per core at a time, each read and scored in a read-only transaction of its own (the reading is most of
        // the work)
        try {
            List<List<Long>> pages = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += PAGE) {
                pages.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
            }
            work.inParallel(pages, page -> {
                readOnly.executeWithoutResult(status -> rescore(job, model, page));
                job.done.addAndGet(page.size());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.error = e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            job.error = e.getClass().getSimpleName();
            log.error("Re-scoring failed", e);
        } finally {
            job.millis = (System.nanoTime() - job.started) / 1_000_000;
            job.finished = true;
            log.info("Re-scored {} decisions with model {} in {} ms ({} would change rating)", job.done(), job.modelNumber,
                    job.millis, job.changed());
        }
    }

    private void rescore(Job job, ScoringModel model, List<Long> page) {
        List<Object[]> rows = assessments.inputsOf(page);
        List<Long> customerIds = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, CustomerRecord> byId = customers.records(customerIds);
        Map<Long, List<StatementService.Period>> periods = statements.currentPeriods(customerIds);
        LocalDate today = LocalDate.now(clock);
        rows.forEach(row -> {
            CustomerRecord c = byId.get((Long) row[0]);
            if (c != null) {
                CreditFacts facts = facts(c, periods.getOrDefault(c.id(), List.of()), today);
                AssessmentInput input = com.creditwb.workbench.common.Json.read((String) row[2], AssessmentInput.class);
                ScoreResult r = Scorer.score(model, prefilled(model, input, facts), facts);
                job.record((String) row[1], r.rating());
            }
        });
    }

    /** The customer's latest statements and their ratios (prior year averaged in when held). */
    static CreditFacts facts(CustomerRecord c, List<StatementService.Period> held, LocalDate today) {
        Map<String, CreditFacts.RatioValue> ratios = new HashMap<>();
        if (held.isEmpty()) {
            return new CreditFacts(c.industry() == null ? null : c.industry().name(), c.foundedOn(), null, null, null, today,
                    Map.of(), ratios);
        }
        StatementService.Period latest = held.get(0);
        LocalDate priorEnd = ImportDraft.priorEnd(latest.periodEnd());
        StatementService.Period prior = held.stream().filter(s -> s.periodEnd().equals(priorEnd)).findFirst().orElse(null);
        Map<String, RatioResult> computed = RatioEngine.compute(latest.values(), prior == null ? null : prior.values(), latest.days());
        computed.forEach((k, v) -> ratios.put(k, new CreditFacts.RatioValue(v.value(), v.meaningful(), v.reason())));
        return new CreditFacts(c.industry() == null ? null : c.industry().name(), c.foundedOn(), null, null, null, today,
                latest.values().amounts(), ratios);
    }

    private static AssessmentInput prefilled(ScoringModel model, AssessmentInput input, CreditFacts facts) {
        Double ratioScore = Scorer.score(model, input, facts).ratioScore();
        return Prefill.apply(input, Prefill.scores(facts, input, ratioScore));
    }
}
