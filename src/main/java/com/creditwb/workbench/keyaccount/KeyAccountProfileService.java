package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.creditwb.workbench.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's profile: the key-account identification questionnaire and the outcome the manager confirms, the
 * loyalty indicators and the Gale customer-value survey.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KeyAccountProfileService {

    private final KeyAccountService keyAccounts;
    private final ProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    KeyAccountProfileService(KeyAccountService keyAccounts, ProfileRepository profiles, CurrentUser currentUser, Messages messages, Clock clock) {
        this.keyAccounts = keyAccounts;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** The customer's profile (a new, unsaved one when nothing was recorded yet). */
    public KeyAccountProfile profile(Long customerId) {
        keyAccounts.checkRead(customerId);
        return profiles.findByCustomerId(customerId).orElseGet(() -> new KeyAccountProfile(customerId));
    }

    private KeyAccountProfile editableProfile(Long customerId, Long version) {
        if (!keyAccounts.canEditProfile(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        KeyAccountProfile p = profiles.findByCustomerId(customerId).orElse(null);
        ConcurrentEditException.unlessSame(p == null ? null : p.getVersion(), version, messages);
        return p == null ? new KeyAccountProfile(customerId) : p;
    }

    /** The questionnaire's score and suggested outcome with the configured thresholds (answers 1–5, one per question). */
    public Identification.Result identify(List<Integer> answers) {
        KeyAccountSettings s = keyAccounts.settings();
        return Identification.score(answers, s.identificationYes(), s.identificationMaybe());
    }

    /** Stores the questionnaire's answers and the outcome the manager confirms (null keeps it unconfirmed). */
    @Transactional
    public KeyAccountProfile saveIdentification(Long customerId, Long version, List<Integer> answers, Identification.Outcome confirmed) {
        KeyAccountProfile p = editableProfile(customerId, version);
        Identification.Result r;
        try {
            r = identify(answers);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("answers", messages.get("keyaccount.identification.incomplete"));
        }
        p.setAnswers(answers);
        p.setSuggestedOutcome(r.suggested());
        p.confirm(confirmed, currentUser.username(), Instant.now(clock));
        KeyAccountProfile saved = profiles.save(p);
        keyAccounts.forgetAnalysis();
        return saved;
    }

    @Transactional
    public KeyAccountProfile saveIndicators(Long customerId, Long version, Map<LoyaltyIndicator, Double> values) {
        KeyAccountProfile p = editableProfile(customerId, version);
        Map<LoyaltyIndicator, Double> clean = new EnumMap<>(LoyaltyIndicator.class);
        values.forEach((k, v) -> {
            if (v != null) {
                if (v < 0 || v.isNaN() || v.isInfinite()) {
                    throw ValidationException.of(k.name(), messages.get("validation.nonNegative"));
                }
                clean.put(k, v);
            }
        });
        p.setIndicators(clean);
        KeyAccountProfile saved = profiles.save(p);
        keyAccounts.forgetAnalysis();
        return saved;
    }

    @Transactional
    public KeyAccountProfile saveGale(Long customerId, Long version, GaleValue.Survey survey) {
        KeyAccountProfile p = editableProfile(customerId, version);
        try {
            GaleValue.of(survey);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("gale", messages.get("keyaccount.gale.invalid"));
        }
        for (GaleValue.Element e : survey.elements()) {
            if (e.name() == null || e.name().isBlank() || e.name().length() > 100) {
                throw ValidationException.of("gale", messages.get("keyaccount.gale.name"));
            }
        }
        p.setGale(survey);
        return profiles.save(p);
    }
}
