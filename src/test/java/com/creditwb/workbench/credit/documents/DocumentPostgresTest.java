package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.PostgresTest;

/** The document contract on PostgreSQL. */
@PostgresTest
class DocumentPostgresTest extends DocumentContract {
}
