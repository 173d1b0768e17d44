package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Province-level administrative divisions with their GB/T 2260 codes. */
public enum Region implements Labelled, com.creditwb.workbench.common.AcceptsAliases {
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

    /**
     * The province a text names: the constant's name (any case), its GB/T 2260 code (six digits, or the
     * two-digit province prefix), or its Chinese name with or without 省/市/自治区/特别行政区 ("上海市", "上海",
     * "广西壮族自治区"). How the API reads a region.
     *
     * @throws com.creditwb.workbench.common.AcceptsAliases.UnknownValue for a text that names no province
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Region parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Region r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.divisionCode.equals(t) || (t.length() == 2 && r.divisionCode.startsWith(t))) {
                return r;
            }
        }
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("messages", java.util.Locale.SIMPLIFIED_CHINESE);
        for (Region r : values()) {
            String name = zh.containsKey(r.messageKey()) ? zh.getString(r.messageKey()) : "";
            if (!name.isEmpty() && (name.equals(t) || shortName(name).equals(shortName(t)))) {
                return r;
            }
        }
        throw new com.creditwb.workbench.common.AcceptsAliases.UnknownValue(text);
    }

    private static String shortName(String chinese) {
        return chinese.replaceAll("(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
    }
}
