package com.creditwb.workbench.statement;

import com.creditwb.workbench.WorkbenchTest;

/** The statement persistence contract on the embedded H2 database. */
@WorkbenchTest
class StatementPersistenceH2Test extends StatementPersistenceContract {
}
