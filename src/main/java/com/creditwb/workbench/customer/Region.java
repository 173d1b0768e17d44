package com.creditwb.workbench.customer;

import com.creditwb.workbench.common.i18n.Labelled;

/** Province-level administrative divisions with their GB/T 2260 codes. */
public enum Region implements Labelled {
    BEIJING("110000"), TIANJIN("120000"), HEBEI("130000"), SHANXI("140000"), INNER_MONGOLIA("150000"),
    LIAONING("210000"), JILIN("220000"), HEILONGJIANG("230000"),
    SHANGHAI("310000"), JIANGSU("320000"), ZHEJIANG("330000"), ANHUI("340000"), FUJIAN("350000"), JIANGXI("360000"), SHANDONG("370000"),
    HENAN("410000"), HUBEI("420000"), HUNAN("430000"), GUANGDONG("440000"), GUANGXI("450000"), HAINAN("460000"),
    CHONGQING("500000"), SICHUAN("510000"), GUIZHOU("520000"), YUNNAN("530000"), TIBET("540000"),
    SHAANXI("610000"), GANSU("620000"), QINGHAI("630000"), NINGXIA("640000"), XINJIANG("650000"),
    TAIWAN("710000"), HONG_KONG("810000"), MACAO("820000");

    private final String divisionCode;

    Region(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    /** The six-digit GB/T 2260 code of the province (e.g. 110000 for Beijing). */
    public String divisionCode() {
        return divisionCode;
    }

    @Override
    public String messageKey() {
        return "region." + name();
    }
}
