package com.creditwb.workbench.collection;

import com.creditwb.workbench.PostgresTest;

/** The collections contract on PostgreSQL. */
@PostgresTest
class CollectionPostgresTest extends CollectionContract {
}
