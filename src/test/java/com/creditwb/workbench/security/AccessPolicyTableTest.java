package com.creditwb.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.security.AccessPolicy.Action;
import com.creditwb.workbench.security.AccessPolicy.Area;
import com.creditwb.workbench.security.AccessPolicy.Subject;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access policy against the README's role table, one row per area and action: who may, out of ADMIN, a credit
 * manager, finance, the owning account manager ("owner"), a named team member who is an account manager ("member") and
 * another account manager ("other"). Written from the table, not from the code: a change of a rule fails here.
 */
class AccessPolicyTableTest {

    static final Set<String> WHO = Set.of("ADMIN", "CREDIT", "FINANCE", "OWNER", "MEMBER", "OTHER");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "CUSTOMER;    READ;   ADMIN CREDIT FINANCE OWNER MEMBER OTHER",
        "CUSTOMER;    EDIT;   ADMIN OWNER",
        "CUSTOMER;    DECIDE; ",
        "CUSTOMER;    AUDIT;  ADMIN",
        "CREDIT_FILE; READ;   ADMIN CREDIT FINANCE OWNER",
        "CREDIT_FILE; EDIT;   ADMIN CREDIT",
        "CREDIT_FILE; DECIDE; ",
        "CREDIT;      READ;   ADMIN CREDIT FINANCE OWNER",
        "CREDIT;      EDIT;   CREDIT",
        "CREDIT;      DECIDE; CREDIT",
        "CREDIT;      AUDIT;  ADMIN CREDIT",
        "KEY_ACCOUNT; READ;   ADMIN CREDIT FINANCE OWNER",
        "KEY_ACCOUNT; EDIT;   ADMIN OWNER",
        "ECONOMICS;   READ;   ADMIN CREDIT FINANCE OWNER",
        "ECONOMICS;   EDIT;   ADMIN FINANCE OWNER",
        "PLAN;        READ;   ADMIN CREDIT OWNER MEMBER",
        "PLAN;        EDIT;   OWNER",
        "ALLIANCE;    READ;   ADMIN CREDIT OWNER MEMBER",
        "ALLIANCE;    EDIT;   OWNER MEMBER",
        "ALLIANCE;    DECIDE; OWNER",
        "ALLIANCE;    AUDIT;  ADMIN OWNER",
        "NEGOTIATION; READ;   ADMIN OWNER MEMBER",
        "NEGOTIATION; EDIT;   OWNER MEMBER",
        "NEGOTIATION; DECIDE; OWNER",
        "NEGOTIATION; AUDIT;  ADMIN OWNER",
        "SERVICE;     READ;   ADMIN CREDIT OWNER",
        "SERVICE;     EDIT;   OWNER",
        "COMPLAINT;   READ;   ADMIN CREDIT OWNER MEMBER",
        "COMPLAINT;   EDIT;   OWNER MEMBER",
        "COMPLAINT;   DECIDE; ",
    })
    void each_area_and_action_is_allowed_to_exactly_whom_the_table_says(Area area, Action action, String allowed) {
        Set<String> expected = allowed == null ? Set.of() : Set.of(allowed.trim().split("\\s+"));
        Subject record = new Subject(area, "account1", Set.of("account3"));
        for (String who : WHO) {
            boolean may = switch (who) {
                case "ADMIN" -> AccessPolicy.decide(action, record, "admin", Set.of(Role.ADMIN));
                case "CREDIT" -> AccessPolicy.decide(action, record, "credit1", Set.of(Role.CREDIT_MANAGER));
                case "FINANCE" -> AccessPolicy.decide(action, record, "finance1", Set.of(Role.FINANCE));
                case "OWNER" -> AccessPolicy.decide(action, record, "account1", Set.of(Role.ACCOUNT_MANAGER));
                case "MEMBER" -> AccessPolicy.decide(action, record, "account3", Set.of(Role.ACCOUNT_MANAGER));
                default -> AccessPolicy.decide(action, record, "account2", Set.of(Role.ACCOUNT_MANAGER));
            };
            assertThat(may).as("%s %s by %s", area, action, who).isEqualTo(expected.contains(who));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CUSTOMER", "CREDIT", "ALLIANCE", "NEGOTIATION"})
    void owning_a_record_needs_the_account_manager_role(Area area) {
        // a finance user whose user name happens to be the owner's is no owner: ownership is an account manager's
        Subject record = Subject.of(area, "credit1");
        assertThat(AccessPolicy.decide(Action.EDIT, record, "credit1", Set.of(Role.FINANCE))).isFalse();
    }
}
