package com.creditwb.workbench.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.export.AllianceExport;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo start-up with alliances: every stage and form, reviews rising and falling, and every dossier exports. */
@WorkbenchTest
@TestPropertySource(properties = "workbench.demo.alliances=true")
class AllianceDemoDataTest {

    @Autowired
    AllianceService alliances;
    @Autowired
    AllianceExport export;

    @Test
    void the_demo_holds_alliances_in_every_stage_and_form_with_reviews_and_exports_each_in_both_languages() {
        List<Alliance> all = TestUsers.as("credit1", "CREDIT_MANAGER", alliances::list);
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        Set<AllianceStage> stages = all.stream().map(Alliance::getStage).collect(Collectors.toCollection(() -> EnumSet.noneOf(AllianceStage.class)));
        assertThat(stages).containsExactlyInAnyOrder(AllianceStage.values());
        assertThat(all.stream().map(Alliance::getParticipantForm).filter(f -> f != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ParticipantForm.values());
        assertThat(all.stream().map(Alliance::getCompositionForm).filter(f -> f != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CompositionForm.values());
        assertThat(all.stream().filter(Alliance::isProducerDistributor)).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(a -> a.getPowerBases().size() == 5);
        List<Alliance> reviewed = all.stream().filter(a -> a.getReviews().size() >= 4).toList();
        assertThat(reviewed).hasSizeGreaterThanOrEqualTo(6);
        assertThat(reviewed).anyMatch(a -> a.getReviews().getLast().getIndex() > a.getReviews().getFirst().getIndex());
        assertThat(reviewed).anyMatch(a -> a.getReviews().getLast().getIndex() < a.getReviews().getFirst().getIndex());
        assertThat(all).anyMatch(a -> a.getRisks().stream().anyMatch(r -> r.getPrinciple() != null));
        assertThat(all).anyMatch(a -> a.getContributions().stream().anyMatch(c -> c.isOverdue(com.creditwb.workbench.TestClockConfig.DATE)));
        assertThat(all).anyMatch(a -> a.getPartners().stream().anyMatch(p -> p.getCustomerId() == null));
        assertThat(all).anyMatch(a -> a.getPartners().stream().anyMatch(p -> p.getCustomerId() != null));
        for (Alliance a : all) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                byte[] file = TestUsers.as("credit1", "CREDIT_MANAGER", () -> export.dossier(a.getId(), locale));
                assertThat(file).as(a.getName()).hasSizeGreaterThan(3000);
            }
        }
        // account2 sees its own and those it is on the team of, not all
        List<Alliance> mine = TestUsers.as("account2", "ACCOUNT_MANAGER", alliances::list);
        assertThat(mine).isNotEmpty().allMatch(a -> a.getOwner().equals("account2") || a.getTeam().contains("account2"));
        assertThat(TestUsers.as("account1", "ACCOUNT_MANAGER", alliances::due)).isNotEmpty();
    }
}
