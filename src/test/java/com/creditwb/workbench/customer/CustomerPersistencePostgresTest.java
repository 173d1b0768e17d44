package com.creditwb.workbench.customer;

import com.creditwb.workbench.PostgresTest;

/** The customer persistence contract on PostgreSQL. */
@PostgresTest
class CustomerPersistencePostgresTest extends CustomerPersistenceContract {
}
