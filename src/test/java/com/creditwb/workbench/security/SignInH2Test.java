package com.creditwb.workbench.security;

import com.creditwb.workbench.WorkbenchTest;

/** Sign-in through the real path on H2. */
@WorkbenchTest
class SignInH2Test extends SignInContract {
}
