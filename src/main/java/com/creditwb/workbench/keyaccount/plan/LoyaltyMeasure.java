package com.creditwb.workbench.keyaccount.plan;

import com.creditwb.workbench.common.i18n.Labelled;

/**
 * The measures that raise a key account's loyalty (提高大客户忠诚度, seed 002), the catalogue a plan's
 * actions are chosen from: 优先供货, 开展关系营销, 及时供应新产品, 关注大客户的动态, 安排企业领导访问大客户,
 * 联合设计促销方案, 经常性征求意见, 及时准确地传递信息, 制定特别的奖励政策, 组织业务洽谈会.
 */
public enum LoyaltyMeasure implements Labelled {
    PRIORITY_SUPPLY, RELATIONSHIP_MARKETING, NEW_PRODUCTS_FIRST, WATCH_MOVES, SENIOR_VISITS, JOINT_PROMOTION, REGULAR_SURVEYS,
    TIMELY_INFORMATION, SPECIAL_REWARDS, BUSINESS_MEETINGS;

    @Override
    public String messageKey() {
        return "keyaccount.measure." + name();
    }
}
