package com.creditwb.workbench.collection;

import com.creditwb.workbench.WorkbenchTest;

/** The collections contract on H2. */
@WorkbenchTest
class CollectionH2Test extends CollectionContract {
}
