package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation team's size (谈判团队规模): the seed's principles — by importance, one more for high difficulty and
 * one more from the large-contract value — on ADMIN's table.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamSizeService {

    /** Members by importance, and the contract value from which one more is suggested. */
    public record TeamSizes(Map<TeamRules.Importance, Integer> sizes, double largeContract) {
    }

    private final NegotiationSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Messages messages;

    TeamSizeService(NegotiationSettingsRepository settings, CurrentUser currentUser, Messages messages) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** The suggested size for a negotiation. */
    public int suggested(Negotiation n) {
        TeamSizes t = teamSizes();
        int size = TeamRules.suggestedSize(t.sizes(), n.getImportance(), n.getDifficulty(), null);
        if (n.getContractValue() != null && n.getContractValue().doubleValue() >= t.largeContract()) {
            size++;
        }
        return size;
    }

    public TeamSizes teamSizes() {
        return settings.findFirstByOrderByIdAsc().map(s -> new TeamSizes(s.getTeamSizes(), s.getLargeContract()))
                .orElseGet(() -> new TeamSizes(TeamRules.DEFAULT_SIZES, TeamRules.LARGE_CONTRACT));
    }

    public boolean canSetTeamSizes() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN changes the team-size table: 1–20 members for each importance, and a contract value above zero. */
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public TeamSizes saveTeamSizes(Map<TeamRules.Importance, Integer> sizes, Double largeContract) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        for (TeamRules.Importance i : TeamRules.Importance.values()) {
            Integer v = sizes == null ? null : sizes.get(i);
            if (v == null || v < 1 || v > 20) {
                errors.add(new ValidationException.FieldError("sizes." + i.name(), messages.get("negotiation.error.teamSize")));
            }
        }
        if (largeContract == null || !(largeContract > 0) || largeContract > 1e15) {
            errors.add(new ValidationException.FieldError("largeContract", messages.get("negotiation.error.value")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        NegotiationSettings row = settings.findFirstByOrderByIdAsc().orElseGet(() -> new NegotiationSettings(sizes, largeContract));
        row.set(sizes, largeContract);
        settings.saveAndFlush(row);
        return teamSizes();
    }
}
