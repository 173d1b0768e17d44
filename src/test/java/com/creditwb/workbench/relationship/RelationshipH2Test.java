package com.creditwb.workbench.relationship;

import com.creditwb.workbench.WorkbenchTest;

/** The relationship contract on H2. */
@WorkbenchTest
class RelationshipH2Test extends RelationshipContract {
}
