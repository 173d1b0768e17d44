package com.creditwb.workbench.relationship;

import com.creditwb.workbench.PostgresTest;

/** The relationship contract on PostgreSQL. */
@PostgresTest
class RelationshipPostgresTest extends RelationshipContract {
}
