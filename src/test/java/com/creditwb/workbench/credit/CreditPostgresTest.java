package com.creditwb.workbench.credit;

import com.creditwb.workbench.PostgresTest;

/** The credit contract on PostgreSQL. */
@PostgresTest
class CreditPostgresTest extends CreditContract {
}
