package com.creditwb.workbench.credit;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The credit contract on the embedded H2 database, and what is only worth proving once. */
@WorkbenchTest
class CreditH2Test extends CreditContract {

    @Test
    void an_aging_list_of_200000_open_items_is_read_row_by_row_and_stored_whole() {
        List<Customer> owing = IntStream.range(0, 4).mapToObj(i -> newCustomer(null)).toList();
        // 200,000 invoices of 100.00 spread over four customers: 50,000 each, 5,000,000.00 open each (AgingWorkbooks.large)
        byte[] file = AgingWorkbooks.large(TODAY, owing.stream().map(Customer::getCode).toList(), 200_000);
        AgingPreview preview = as("finance1", "FINANCE", () -> receivables.preview(file, "ledger.xlsx", null));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.items()).hasSize(200_000);
        ReceivableImport stored = as("finance1", "FINANCE", () -> receivables.confirm(preview, ReceivableService.Scope.PARTIAL));
        assertThat(stored.getItemCount()).isGreaterThanOrEqualTo(200_000);
        for (Customer c : owing) {
            assertThat(as("credit1", CM, () -> monitor.exposure(c.getId(), 90)).open()).isEqualByComparingTo("5000000");
        }
    }
}
