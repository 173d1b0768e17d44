package com.creditwb.workbench.negotiation;

import com.creditwb.workbench.PostgresTest;

/** The negotiation contract on PostgreSQL. */
@PostgresTest
class NegotiationPostgresTest extends NegotiationContract {
}
