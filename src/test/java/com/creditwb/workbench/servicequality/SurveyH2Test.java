package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.WorkbenchTest;

/** The survey contract on the embedded H2 database. */
@WorkbenchTest
class SurveyH2Test extends SurveyContract {
}
