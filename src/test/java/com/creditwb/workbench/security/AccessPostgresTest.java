package com.creditwb.workbench.security;

import com.creditwb.workbench.PostgresTest;

/** The access contract on PostgreSQL. */
@PostgresTest
class AccessPostgresTest extends AccessContract {
}
