package com.creditwb.workbench.alliance;

import com.creditwb.workbench.PostgresTest;

/** The alliance contract on PostgreSQL. */
@PostgresTest
class AlliancePostgresTest extends AllianceContract {
}
