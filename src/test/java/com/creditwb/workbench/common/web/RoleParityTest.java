package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI and the API give the same answer to the same question: each demo role is walked through every page that has
 * an API twin — may this role open the page (its route's access annotations, as the router checks them), and may it
 * make the twin call (the API's answer is 403 exactly when the page is refused).
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=api-sweep")
class RoleParityTest {

    @LocalServerPort
    int port;

    record Twin(Class<?> page, String method, String path) {
    }

    static final List<Twin> TWINS = List.of(
            new Twin(com.creditwb.workbench.credit.ui.AgingImportView.class, "MULTIPART", "/api/receivables/aging"),
            new Twin(com.creditwb.workbench.statement.ui.StatementImportView.class, "MULTIPART", "/api/customers/C00001/statements"),
            new Twin(com.creditwb.workbench.credit.documents.ui.BlockedDocumentsView.class, "GET", "/api/credit/blocked"),
            new Twin(com.creditwb.workbench.alliance.ui.AlliancesView.class, "GET", "/api/alliances"),
            new Twin(com.creditwb.workbench.negotiation.ui.NegotiationsView.class, "GET", "/api/negotiations"),
            new Twin(com.creditwb.workbench.keyaccount.ui.KeyAccountsView.class, "GET", "/api/key-accounts"),
            new Twin(com.creditwb.workbench.servicequality.ui.ServiceQualityView.class, "GET", "/api/servqual/portfolio"),
            new Twin(com.creditwb.workbench.servicequality.ui.ChurnWatchView.class, "GET", "/api/churn-watch"),
            new Twin(com.creditwb.workbench.servicequality.ui.ComplaintsView.class, "GET", "/api/complaints"),
            new Twin(com.creditwb.workbench.customer.ui.CustomersView.class, "GET", "/api/customers"),
            new Twin(com.creditwb.workbench.collection.ui.WorklistView.class, "GET", "/api/collections/worklist"),
            new Twin(com.creditwb.workbench.collection.ui.CollectionFiguresView.class, "GET", "/api/collections/metrics/trend?months=1"));

    static final Map<String, String> ROLES = Map.of("admin", "ADMIN", "credit1", "CREDIT_MANAGER", "account1", "ACCOUNT_MANAGER",
            "finance1", "FINANCE");

    @Test
    void every_role_is_let_in_or_refused_alike_by_each_page_and_its_api_twin() throws Exception {
        TestApi api = new TestApi(port);
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> user : ROLES.entrySet()) {
            Principal principal = user::getKey;
            for (Twin twin : TWINS) {
                boolean page = checker.hasAccess(twin.page(), principal, role -> role.equals(user.getValue()));
                HttpResponse<String> r = twin.method().equals("MULTIPART")
                        ? api.multipart(twin.path(), user.getKey(), "file", "empty.xlsx", new byte[0])
                        : api.send(twin.method(), twin.path(), user.getKey(), null);
                boolean refused = r.statusCode() == 403;
                if (page == refused) {
                    differ.add(user.getKey() + ": page " + twin.page().getSimpleName() + (page ? " opens" : " refused") + ", " + twin.method() + " "
                            + twin.path() + " answers " + r.statusCode());
                }
            }
        }
        assertThat(differ).isEmpty();
    }
}
