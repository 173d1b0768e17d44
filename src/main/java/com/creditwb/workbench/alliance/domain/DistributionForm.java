package com.creditwb.workbench.alliance.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** How a producer–distributor alliance (产销战略联盟) is realised: 会员制, 销售代理制, 联营公司. */
public enum DistributionForm implements Labelled {
    MEMBERSHIP, SALES_AGENCY, JOINT_VENTURE;

    @Override
    public String messageKey() {
        return "alliance.distributionForm." + name();
    }
}
