package com.creditwb.workbench.security;

import com.creditwb.workbench.WorkbenchTest;

/** The access contract on the embedded H2 database. */
@WorkbenchTest
class AccessH2Test extends AccessContract {
}
