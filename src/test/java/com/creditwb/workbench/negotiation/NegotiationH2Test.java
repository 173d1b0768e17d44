package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.WorkbenchTest;

/** The negotiation contract on the embedded H2 database. */
@WorkbenchTest
class NegotiationH2Test extends NegotiationContract {
}
