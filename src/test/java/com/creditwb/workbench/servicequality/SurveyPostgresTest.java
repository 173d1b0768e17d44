package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.PostgresTest;

/** The survey contract on PostgreSQL. */
@PostgresTest
class SurveyPostgresTest extends SurveyContract {
}
