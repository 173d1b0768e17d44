package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.WorkbenchTest;

/** The complaint contract on the embedded H2 database. */
@WorkbenchTest
class ComplaintH2Test extends ComplaintContract {
}
