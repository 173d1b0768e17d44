package com.creditwb.workbench.customer;

import com.creditwb.workbench.WorkbenchTest;

/** The persistence contract on the embedded H2 database. */
@WorkbenchTest
class CustomerPersistenceH2Test extends CustomerPersistenceContract {
}
