package com.creditwb.workbench.credit;

import com.creditwb.workbench.WorkbenchTest;

/** The credit contract on the embedded H2 database. */
@WorkbenchTest
class CreditH2Test extends CreditContract {
}
