package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.PackageScore;
import com.creditwb.workbench.negotiation.domain.PlanIssue;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogEntry;
import com.creditwb.workbench.common.audit.ReadLogService;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business negotiations, confidential (信息保密): only the owner, the team and ADMIN may open one — for anyone
 * else it does not exist (not found, absent from lists); every opening is written to the read log; an archived
 * negotiation is read-only. Account managers create them and own them; the owner and the team edit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NegotiationService {

    private final NegotiationRepository negotiations;
    private final NegotiationFormCheck formCheck;
    private final TeamSizeService teamSizes;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final ReadLogService readLog;
    private final Messages messages;
    private final EntityManager entityManager;

    NegotiationService(NegotiationRepository negotiations, NegotiationFormCheck formCheck, TeamSizeService teamSizes, CurrentUser currentUser,
            AccessPolicy policy, ReadLogService readLog, Messages messages, EntityManager entityManager) {
        this.negotiations = negotiations;
        this.formCheck = formCheck;
        this.teamSizes = teamSizes;
        this.currentUser = currentUser;
        this.policy = policy;
        this.readLog = readLog;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    static AccessPolicy.Subject subject(Negotiation n) {
        return new AccessPolicy.Subject(AccessPolicy.Area.NEGOTIATION, n.getOwner(), n.getTeam().keySet());
    }

    public boolean canRead(Negotiation n) {
        return policy.canRead(subject(n));
    }

    public boolean canEdit(Negotiation n) {
        return n.getStatus() != NegotiationStatus.ARCHIVED && policy.canEdit(subject(n));
    }

    Negotiation readable(Long id) {
        Negotiation n = negotiations.findById(id).orElseThrow(() -> new NotFoundException("Negotiation", id));
        policy.checkRead(subject(n), "Negotiation", id);
        n.getTeam().size();
        return n;
    }

    private Negotiation editable(Long id, Long version) {
        Negotiation n = readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canEdit(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        ConcurrentEditException.unlessSame(n.getVersion(), version, messages);
        return n;
    }

    /** Those the user may open that the filter accepts. */
    public List<Negotiation> list(NegotiationFilter filter) {
        String me = currentUser.username();
        return list().stream().filter(n -> filter.matches(n, me)).toList();
    }

    /** The owner moves the status (not once archived). */
    public boolean canDecide(Negotiation n) {
        return n.getStatus() != NegotiationStatus.ARCHIVED && policy.canDecide(subject(n));
    }

    /** The owner and ADMIN see who opened it. */
    public boolean canSeeOpenings(Negotiation n) {
        return policy.canAudit(subject(n));
    }

    /** Those the user may open: all for ADMIN, owned or on the team for anyone else. */
    public List<Negotiation> list() {
        List<Negotiation> all = currentUser.hasRole(Role.ADMIN) ? negotiations.findAllOrdered() : negotiations.findForUser(currentUser.username());
        List<Negotiation> readable = all.stream().filter(this::canRead).toList();
        readable.forEach(n -> n.getTeam().size());
        return readable;
    }

    /** The negotiation as opened through the given channel (page, API, export): the opening is logged. */
    public Negotiation open(Long id, ReadChannel channel) {
        Negotiation n = readable(id);
        readLog.opened(Negotiation.AUDIT_TYPE, id, channel);
        return n;
    }

    /** Who opened it, when and how: the owner and ADMIN. */
    public List<ReadLogEntry> openings(Long id) {
        Negotiation n = readable(id);
        if (!policy.canAudit(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        return readLog.openings(Negotiation.AUDIT_TYPE, id);
    }

    /** The suggested team size by the seed's principles and ADMIN's table ({@link TeamSizeService}). */
    public int suggestedTeamSize(Negotiation n) {
        return teamSizes.suggested(n);
    }

    public boolean canCreate() {
        return currentUser.hasRole(Role.ACCOUNT_MANAGER);
    }

    /** The customer's negotiations the user may open. */
    public List<Negotiation> forCustomer(Long customerId) {
        return list().stream().filter(n -> customerId.equals(n.getCounterpartId())).toList();
    }

    /** The alliance's negotiations the user may open. */
    public List<Negotiation> forAlliance(Long allianceId) {
        return list().stream().filter(n -> allianceId.equals(n.getAllianceId())).toList();
    }

    /** My open negotiations (owner or team, preparing or in progress), by deadline: for the dashboard. */
    public List<Negotiation> mine() {
        String me = currentUser.username();
        return list().stream().filter(n -> n.participants().contains(me))
                .filter(n -> n.getStatus() == NegotiationStatus.PREPARING || n.getStatus() == NegotiationStatus.IN_PROGRESS).toList();
    }

    /** Reads without logging, for a page that was opened already (reload after a save). */
    public Negotiation get(Long id) {
        return readable(id);
    }

    @Transactional
    @RolesAllowed(Role.ACCOUNT_MANAGER_)
    public Negotiation create(NegotiationForm form) {
        Negotiation n = new Negotiation(currentUser.username());
        formCheck.check(form, n.getOwner(), null);
        n.describe(form);
        return negotiations.saveAndFlush(n);
    }

    @Transactional
    public Negotiation update(Long id, Long version, NegotiationForm form) {
        Negotiation n = editable(id, version);
        formCheck.check(form, n.getOwner(), n);
        n.describe(form);
        entityManager.flush();
        return n;
    }

    /**
     * Moves the status (PREPARING → IN_PROGRESS → AGREED with the agreed values / NO_DEAL with a reason → ARCHIVED);
     * the owner only.
     */
    @Transactional
    public Negotiation status(Long id, Long version, NegotiationStatus next, Map<String, Double> values, String reason) {
        Negotiation n = readable(id);
        if (n.getStatus() == NegotiationStatus.ARCHIVED) {
            throw new ArchivedException(id);
        }
        if (!policy.canDecide(subject(n))) {
            throw new AccessDeniedException("negotiation " + id);
        }
        if (version != null) {
            ConcurrentEditException.unlessSame(n.getVersion(), version, messages);
        }
        if (next == null || !n.getStatus().canGoTo(next)) {
            throw ValidationException.of("status", messages.get("negotiation.error.status"));
        }
        if (next == NegotiationStatus.AGREED) {
            boolean complete = values != null && !n.getIssues().isEmpty()
                    && n.getIssues().stream().allMatch(i -> values.get(i.name()) != null);
            if (!complete) {
                throw ValidationException.of("values", messages.get("negotiation.error.agreedValues"));
            }
            checkValues(n, values, "values");
        }
        if (next == NegotiationStatus.NO_DEAL && (reason == null || reason.isBlank() || reason.length() > 2000)) {
            throw ValidationException.of("reason", messages.get("negotiation.error.reason"));
        }
        Map<String, Double> ordered = null;
        if (values != null) {
            ordered = new java.util.LinkedHashMap<>(); // in the plan's order
            for (PlanIssue i : n.getIssues()) {
                if (values.containsKey(i.name())) {
                    ordered.put(i.name(), values.get(i.name()));
                }
            }
        }
        n.close(next, ordered, reason == null ? null : reason.strip());
        entityManager.flush();
        return n;
    }

    void checkValues(Negotiation n, Map<String, Double> values, String field) {
        Set<String> known = new HashSet<>(n.getIssues().stream().map(PlanIssue::name).toList());
        List<ValidationException.FieldError> errors = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!known.contains(k)) {
                errors.add(new ValidationException.FieldError(field + "." + k, messages.get("negotiation.error.unknownIssue")));
            } else if (v == null || !Double.isFinite(v) || Math.abs(v) > 1e15) {
                errors.add(new ValidationException.FieldError(field + "." + k, messages.get("negotiation.error.value")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The agreed package scored against the plan (null unless agreed). */
    public PackageScore.Result outcome(Negotiation n) {
        if (n.getOutcomeValues().isEmpty()) {
            return null;
        }
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        n.getOutcomeValues().forEach((k, v) -> values.put(k, v == null ? null : ((Number) v).doubleValue()));
        return PackageScore.score(n.getIssues().stream().map(PlanIssue::targets).toList(), values);
    }
}
