package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.WorkbenchTest;

/** The key-account contract on the embedded H2 database. */
@WorkbenchTest
class KeyAccountH2Test extends KeyAccountContract {
}
