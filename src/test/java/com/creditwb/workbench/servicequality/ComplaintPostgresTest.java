package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.PostgresTest;

/** The complaint contract on PostgreSQL. */
@PostgresTest
class ComplaintPostgresTest extends ComplaintContract {
}
