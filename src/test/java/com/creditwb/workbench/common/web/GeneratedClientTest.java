package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.client.ApiClient;
import com.creditwb.client.api.CreditApi;
import com.creditwb.client.api.CustomersApi;
import com.creditwb.client.api.KeyAccountsApi;
import com.creditwb.client.model.AssessmentDetail;
import com.creditwb.client.model.CreditDto;
import com.creditwb.client.model.Customer;
import com.creditwb.client.model.KeyAccountDto;
import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Java client openapi-generator makes from the OpenAPI document (pom: generate-test-sources, library "native")
 * compiles with the tests and reads the demo through the real API: typed customers, a credit file, a frozen assessment
 * and the key-account portfolio.
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=api-sweep")
class GeneratedClientTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.AssessmentService assessments;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerService customerService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.statement.StatementService statements;

    /** A customer with statements whose assessment credit1 wrote and credit2 approved (the test context seeds no credit). */
    String approvedCustomer() {
        com.creditwb.workbench.customer.Customer c = com.creditwb.workbench.TestCredit.customerWithStatements(customerService, statements, null);
        var submitted = com.creditwb.workbench.TestUsers.as("credit1", "CREDIT_MANAGER", () -> {
            var a = assessments.start(c.getId());
            a = assessments.save(a.getId(), a.getVersion(), com.creditwb.workbench.credit.CreditTestInputs.complete(a.input()),
                    com.creditwb.workbench.credit.domain.CreditOverride.NONE);
            return assessments.submit(a.getId(), a.getVersion());
        });
        com.creditwb.workbench.TestUsers.as("credit2", "CREDIT_MANAGER", () -> assessments.approve(submitted.getId(), submitted.getVersion(), "agreed"));
        return c.getCode();
    }

    ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", TestApi.basic(user)).header("Accept-Language", "en"));
        return client;
    }

    @Test
    void a_generated_java_client_reads_the_demo() throws Exception {
        CustomersApi customers = new CustomersApi(as("credit1"));
        List<Customer> page = customers.listCustomers(null, 0, 20, null).getContent();
        assertThat(page).isNotEmpty().allSatisfy(c -> assertThat(c.getCode()).startsWith("C"));
        Customer first = customers.getCustomer("C00001");
        assertThat(first.getCode()).isEqualTo("C00001");
        assertThat(first.getName()).isNotBlank();

        CreditApi credit = new CreditApi(as("credit1"));
        String code = approvedCustomer();
        CreditDto file = credit.getCustomerCredit(code, null);
        assertThat(file.getCustomer()).isEqualTo(code);
        assertThat(file.getAssessmentId()).isNotNull();
        AssessmentDetail frozen = credit.getCustomerAssessment(code, file.getAssessmentId());
        assertThat(frozen.getFrozen()).isTrue();
        assertThat(frozen.getStatus()).isEqualTo("APPROVED");
        assertThat(frozen.getSnapshot()).isNotNull();

        // the statements the assessment read, typed
        var periods = new com.creditwb.client.api.StatementsAndRatiosApi(as("credit1")).listStatementPeriods(code);
        assertThat(periods).isNotEmpty().allSatisfy(p -> assertThat(p.getPeriodEnd()).isNotNull());
        // the key-account portfolio answers as typed rows (this context seeds no account economics, so none are valued)
        List<KeyAccountDto> accounts = new KeyAccountsApi(as("account1")).listKeyAccounts(null);
        assertThat(accounts).allSatisfy(a -> assertThat(a.getCode()).isNotBlank());
    }
}
