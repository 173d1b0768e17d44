package com.creditwb.workbench;

import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import java.util.concurrent.atomic.AtomicInteger;

/** A valid, unsaved customer with a code and USCC of its own, for tests that need a fresh one. */
public final class TestCustomers {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestCustomers() {
    }

    /** Wholesale (F), Guangdong, stable and accountable; the caller sets anything else before saving. */
    public static Customer fresh(String codePrefix, String namePrefix) {
        int n = SEQ.incrementAndGet();
        Customer c = new Customer();
        long seq = TestSequence.next();
        c.setCode(codePrefix + n + "S" + seq);
        c.setName(namePrefix + n);
        c.setUscc(UnifiedSocialCreditCode.compose('9', '1', "440300",
                String.format("%08d", 10_000_000 + (int) ((seq * 7_919L) % 89_000_000))));
        c.setIndustry(Industry.F);
        c.setRegion(Region.GUANGDONG);
        c.setSize(CompanySize.SMALL);
        c.setCustomerType(CustomerType.INTERMEDIATE);
        c.setLifecycleStage(LifecycleStage.STABILITY);
        c.setRelationshipLevel(RelationshipLevel.ACCOUNTABLE);
        return c;
    }
}
