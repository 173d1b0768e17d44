package com.creditwb.workbench.alliance;

import com.creditwb.workbench.WorkbenchTest;

/** The alliance contract on the embedded H2 database. */
@WorkbenchTest
class AllianceH2Test extends AllianceContract {
}
