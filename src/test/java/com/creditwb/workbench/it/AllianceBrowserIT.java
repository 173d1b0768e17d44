package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.alliance.domain.Principle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account manager creates an alliance in a real browser, is stopped by a gate and told what is missing,
 * advances it stage by stage to operating, records a health review and sees it on the radar.
 */
class AllianceBrowserIT extends BrowserTest {

    @Autowired
    AllianceService alliances;
    @Autowired
    com.creditwb.workbench.alliance.AlliancePartnerService partnerService;
    @Autowired
    com.creditwb.workbench.alliance.AllianceOptionService optionService;
    @Autowired
    com.creditwb.workbench.alliance.AllianceAgreementService agreementService;

    @Test
    void the_owner_creates_an_alliance_advances_it_through_its_gates_and_records_a_review() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/alliances"));
        page.locator("#alliance-new").click();
        page.locator("#new-alliance-name input").fill("Browser alliance");
        page.locator("#new-alliance-goal textarea").fill("Open the South China market together");
        page.locator("#new-alliance-save").click();
        page.waitForURL(Pattern.compile(".*/alliances/\\d+"));
        long id = Long.parseLong(page.url().replaceAll(".*/alliances/(\\d+).*", "$1"));
        assertThat(page.locator("#alliance-stage")).hasText("Strategy (制定战略)");

        page.locator("#alliance-next").click(); // the goal is there: on to evaluating options
        assertThat(page.locator("#alliance-stage")).hasText("Evaluate options (评选方案)");
        page.locator("#alliance-next").click(); // no options yet: refused, with what is missing
        assertThat(page.locator("#alliance-gate")).containsText("Evaluate at least two options");
        assertThat(page.locator("#alliance-gate")).containsText("Choose one option");

        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            scores.put(c, 4);
        }
        TestUsers.run("account1", "ACCOUNT_MANAGER", () -> {
            var option = optionService.saveOption(id, null, OptionKind.OPTION, "Alliance", null, null, scores);
            optionService.saveOption(id, null, OptionKind.OPTION, "Own build", null, null, scores);
            optionService.choose(id, option.getId());
        });
        page.reload();
        page.locator("#alliance-next").click();
        assertThat(page.locator("#alliance-stage")).hasText("Find partners (寻找盟友)");

        // a partner entered on the page
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Options and partners")).click();
        page.locator("#alliance-partner-add").click();
        page.locator("#partner-name input").fill("Qianyan Research Institute");
        page.locator("#partner-save").click();
        assertThat(page.locator("#alliance-partners")).containsText("Qianyan Research Institute");
        page.locator("#alliance-next").click();
        assertThat(page.locator("#alliance-stage")).hasText("Design the type (设计类型)");

        TestUsers.run("account1", "ACCOUNT_MANAGER", () -> {
            Alliance a = alliances.get(id);
            AllianceForm f = AllianceForm.of(a);
            alliances.update(id, a.getVersion(), new AllianceForm(f.name(), f.goal(), f.team(), LocalDate.of(2026, 1, 1), null,
                    ParticipantForm.COMPLEMENTARY, CompositionForm.NON_EQUITY, false, null, Map.of(), Map.of(), LocalDate.of(2026, 3, 1),
                    "Joint development of the South China market", null, null, null, null, null, null, 6, f.partners()));
        });
        page.reload();
        page.locator("#alliance-next").click();
        assertThat(page.locator("#alliance-stage")).hasText("Negotiate and sign (谈判签约)");
        page.locator("#alliance-next").click();
        assertThat(page.locator("#alliance-stage")).hasText("Operating");

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Health")).click();
        for (Principle p : Principle.values()) {
            Locator select = page.locator("#review-ours-" + p.name());
            select.scrollIntoViewIfNeeded();
            select.click();
            String score = p == Principle.CULTURE ? "2" : "4";
            select.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + score + "\\s*$")))
                    .first().click();
            assertThat(select).containsText(score);
        }
        page.locator("#review-record").click();
        // (4 − 1) × 5 + (2 − 1) = 16; 100 × 16 / 24 = 66.7; culture at 2 opens a risk
        assertThat(page.locator("vaadin-notification-card").last()).containsText("health index 66.7; 1 risk(s) opened");
        assertThat(page.locator("#alliance-health-latest")).containsText("66.7");
        assertThat(page.locator("#alliance-radar")).hasAttribute("data-values", "4.0000,4.0000,4.0000,4.0000,2.0000,4.0000");
        org.assertj.core.api.Assertions.assertThat(TestUsers.as("account1", "ACCOUNT_MANAGER", () -> alliances.get(id)).getRisks())
                .anyMatch(r -> r.getPrinciple() == Principle.CULTURE);
    }
}
