package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.PostgresTest;

/** The key-account contract on PostgreSQL. */
@PostgresTest
class KeyAccountPostgresTest extends KeyAccountContract {
}
