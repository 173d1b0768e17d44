package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.WorkbenchTest;

/** The document contract on the embedded H2 database. */
@WorkbenchTest
class DocumentH2Test extends DocumentContract {
}
