package com.creditwb.workbench.credit.model;

import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.math.Ahp;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring model and its versions. Everyone signed in reads it (assessments show their model);
 * only ADMIN changes it, and every change is a new version.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScoringModelService {

    private final ScoringModelRepository versions;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final com.creditwb.workbench.common.AhpWeights ahpWeights;
    /** The current version, kept while no node saved a newer one (the database's shared version says). */
    private final com.creditwb.workbench.common.cluster.SharedCache<ScoringModelVersion> current;

    ScoringModelService(ScoringModelRepository versions, Messages messages, CurrentUser currentUser,
            com.creditwb.workbench.common.AhpWeights ahpWeights, com.creditwb.workbench.common.cluster.SharedVersions shared) {
        this.current = shared.cache("scoringModel");
        this.ahpWeights = ahpWeights;
        this.versions = versions;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** The version new assessments use. */
    public ScoringModelVersion current() {
        return current.get(() -> {
            ScoringModelVersion v = versions.findFirstByOrderByNumberDesc().orElseThrow(() -> new NotFoundException("ScoringModel", "current"));
            v.model();
            return v;
        });
    }

    public ScoringModelVersion version(Long id) {
        ScoringModelVersion v = current();
        if (v.getId().equals(id)) {
            return v;
        }
        return versions.findById(id).orElseThrow(() -> new NotFoundException("ScoringModel", id));
    }

    public List<ScoringModelVersion> versions() {
        return versions.findAllByOrderByNumberDesc();
    }

    public boolean canEdit() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** Saves the model as the next version after checking it; refuses it with every problem named. */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public ScoringModelVersion save(ScoringModel model, String note) {
        List<ModelCheck.Problem> problems = ModelCheck.problems(model);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .map(p -> new ValidationException.FieldError(p.field(), messages.get(p.key(), p.args().toArray())))
                    .toList());
        }
        int next = versions.findFirstByOrderByNumberDesc().map(v -> v.getNumber() + 1).orElse(1);
        ScoringModelVersion saved = versions.saveAndFlush(new ScoringModelVersion(next, model, note));
        current.changed();
        return saved;
    }

    /** Weights of the 5C factors or sub-factors by AHP (see {@link com.creditwb.workbench.common.AhpWeights}). */
    public Ahp.Result ahp(List<Double> upper, List<String> names) {
        return ahpWeights.weigh(upper, names);
    }

    /** Forgets the cached current version (after a test resets the database, for example). */
    public void refresh() {
        current.forget();
    }

    /** Creates version 1 from the defaults when the database holds no model yet (any installation, demo or not). */
    @org.springframework.stereotype.Component
    @Order(5)
    static class Initialiser implements ApplicationRunner {

        private final ScoringModelRepository versions;
        private final MessageSource source;
        private final ScoringModelService service;
        private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;

        Initialiser(ScoringModelRepository versions, MessageSource source, ScoringModelService service,
                com.creditwb.workbench.common.cluster.ClusterJobs jobs) {
            this.jobs = jobs;
            this.versions = versions;
            this.source = source;
            this.service = service;
        }

        @Override
        public void run(ApplicationArguments args) {
            jobs.exclusively(() -> {
                if (versions.count() == 0) {
                    ScoringModel model = DefaultScoringModel.build(k -> source.getMessage(k, null, Locale.SIMPLIFIED_CHINESE),
                            k -> source.getMessage(k, null, Locale.ENGLISH));
                    SystemAuthentication.run(() -> service.save(model, source.getMessage("credit.model.initialNote", null, Locale.ENGLISH)));
                }
            });
        }
    }
}
