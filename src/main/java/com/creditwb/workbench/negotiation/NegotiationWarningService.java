package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a negotiation's page, list card and brief warn about, gathered from the record, its credit and its sessions. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NegotiationWarningService {

    private final TeamSizeService teamSizes;
    private final NegotiationCreditService credit;
    private final NegotiationSessionService sessions;
    private final Clock clock;

    NegotiationWarningService(TeamSizeService teamSizes, NegotiationCreditService credit, NegotiationSessionService sessions, Clock clock) {
        this.teamSizes = teamSizes;
        this.credit = credit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Warnings of the record: the team smaller than suggested, a topic's lead without its expertise, the
     * representative's authority ended or ending before the deadline ({@link Negotiation#recordWarnings}), the
     * counterpart's credit (no or an expired decision, the contract value above the available limit, the plan's worst
     * payment terms beyond the approved ones) and our concessions unanswered.
     */
    public List<NegotiationWarning> warnings(Negotiation n) {
        List<NegotiationWarning> warnings = new ArrayList<>(n.recordWarnings(teamSizes.suggested(n), LocalDate.now(clock)));
        Map<String, Double> worst = new java.util.LinkedHashMap<>();
        n.getIssues().forEach(i -> worst.put(i.name(), i.minimum()));
        warnings.addAll(credit.creditWarnings(n, worst));
        if (n.getStatus() == NegotiationStatus.IN_PROGRESS || n.getStatus() == NegotiationStatus.PREPARING) {
            warnings.addAll(sessions.concessions(n.getId()).warnings());
        }
        return warnings;
    }
}
