package com.creditwb.workbench.collection;

import com.creditwb.workbench.WorkbenchTest;

/** The dunning contract on H2. */
@WorkbenchTest
class DunningH2Test extends DunningContract {
}
