package com.creditwb.workbench.security;

import com.creditwb.workbench.PostgresWebTest;

/** Sign-in through the real path on PostgreSQL: a profile that refused everyone could not pass this. */
@PostgresWebTest
class SignInPostgresTest extends SignInContract {
}
