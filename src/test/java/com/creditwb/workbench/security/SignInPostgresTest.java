package com.creditwb.workbench.security;

import com.creditwb.workbench.PostgresTest;

/** Sign-in through the real path on PostgreSQL: a profile that refused everyone could not pass this. */
@PostgresTest
class SignInPostgresTest extends SignInContract {
}
