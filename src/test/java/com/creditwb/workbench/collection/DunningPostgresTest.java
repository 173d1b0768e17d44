package com.creditwb.workbench.collection;

import com.creditwb.workbench.PostgresTest;

/** The dunning contract on PostgreSQL. */
@PostgresTest
class DunningPostgresTest extends DunningContract {
}
