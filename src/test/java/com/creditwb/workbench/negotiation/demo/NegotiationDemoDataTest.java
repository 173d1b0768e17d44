package com.creditwb.workbench.negotiation.demo;

import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.keyaccount.export.KeyAccountExport;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.export.NegotiationBrief;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo start-up with negotiations (and the alliances they link to): every status and both directions, sessions with
 * reciprocated and unanswered concessions, expired authority and over-credit plans; every brief exports in both
 * languages, and so does the key-account plan of every counterpart with a plan (its negotiations sheet).
 */
@WorkbenchTest
@TestPropertySource(properties = {"workbench.demo.statements=true", "workbench.demo.credit=true", "workbench.demo.keyaccounts=true",
    "workbench.demo.alliances=true", "workbench.demo.negotiations=true", "workbench.demo.surveys=true",
    "workbench.demo.complaints=true", "workbench.demo.documents=true"})
class NegotiationDemoDataTest {

    @Autowired
    NegotiationService negotiations;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationSessionService sessionService;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationCreditService creditService;
    @Autowired
    com.creditwb.workbench.negotiation.NegotiationWarningService warningService;
    @Autowired
    NegotiationBrief brief;
    @Autowired
    KeyAccountExport plans;
    @Autowired
    com.creditwb.workbench.security.UserService users;

    @Test
    void the_demo_holds_negotiations_in_every_status_with_their_patterns_and_each_brief_and_plan_exports() throws Exception {
        List<Negotiation> all = TestUsers.as("admin", "ADMIN", () -> negotiations.list());
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        Set<NegotiationStatus> statuses = all.stream().map(Negotiation::getStatus)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NegotiationStatus.class)));
        assertThat(statuses).containsExactlyInAnyOrder(NegotiationStatus.values());
        assertThat(all).extracting(Negotiation::getDirection).contains(Direction.SELL, Direction.BUY);
        assertThat(all).anyMatch(n -> n.getAllianceId() != null);
        assertThat(all).anyMatch(n -> n.getPlanId() != null);
        List<String> codes = all.stream().flatMap(n -> TestUsers.as("admin", "ADMIN", () -> warningService.warnings(n)).stream())
                .map(NegotiationWarning::code).toList();
        assertThat(codes).contains("UNRECIPROCATED", "AUTHORITY_EXPIRED", "LEAD_MISFIT", "CREDIT_TERMS_EXCEEDED", "CREDIT_LIMIT_EXCEEDED");
        // reciprocated: some negotiation with concessions on both sides and no warning about them
        assertThat(all).anyMatch(n -> {
            var c = TestUsers.as("admin", "ADMIN", () -> sessionService.concessions(n.getId()));
            return c.result().ours() > 0 && c.result().theirs() > 0 && c.warnings().isEmpty();
        });
        for (Negotiation n : all) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                byte[] file = TestUsers.as(n.getOwner(), "ACCOUNT_MANAGER", () -> brief.write(n.getId(), locale));
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                    assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(n.getSubject()).contains(n.getSubject());
                    assertThat(wb.getSheetAt(0).getHeader().getCenter()).contains(com.creditwb.workbench.common.SystemAuthentication.call(() -> users.displayName(n.getOwner())));
                }
            }
            if (n.getPlanId() != null) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    byte[] plan = TestUsers.as(n.getOwner(), "ACCOUNT_MANAGER", () -> plans.plan(n.getPlanId(), locale));
                    assertThat(plan).hasSizeGreaterThan(3000);
                }
            }
        }
        // account2 sees only its own and those it is on the team of; finance1 is on the team of some
        List<Negotiation> account2 = TestUsers.as("account2", "ACCOUNT_MANAGER", () -> negotiations.list());
        assertThat(account2).isNotEmpty().allMatch(n -> n.participants().contains("account2"));
        List<Negotiation> finance = TestUsers.as("finance1", "FINANCE", () -> negotiations.list());
        assertThat(finance).isNotEmpty().allMatch(n -> n.participants().contains("finance1"));
        List<Negotiation> outsider = TestUsers.as("credit2", "CREDIT_MANAGER", () -> negotiations.list());
        assertThat(outsider).isEmpty();
    }
}
