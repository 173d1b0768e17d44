package com.creditwb.workbench.servicequality.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/**
 * The dimensions of service quality the seed names (客户服务管理 · 评价服务质量): its five factors — 有形因素,
 * 反应, 服务人员的投入, 服务保证, 可靠度 — and its nine-factor refinement — 信任感, 责任感, 可接近性, 礼节, 交流,
 * 信赖感, 保障, 理解/了解顾客, 有形资产.
 */
public enum Dimension implements Labelled {
    TANGIBLES(Model.FIVE), RESPONSIVENESS(Model.FIVE), COMMITMENT(Model.FIVE), ASSURANCE(Model.FIVE), RELIABILITY(Model.FIVE),
    TRUST(Model.NINE), RESPONSIBILITY(Model.NINE), ACCESSIBILITY(Model.NINE), COURTESY(Model.NINE), COMMUNICATION(Model.NINE),
    CREDIBILITY(Model.NINE), SECURITY(Model.NINE), UNDERSTANDING(Model.NINE), TANGIBLE_ASSETS(Model.NINE);

    /** Which of the seed's two questionnaires a dimension belongs to. */
    public enum Model implements Labelled {
        FIVE, NINE;

        @Override
        public String messageKey() {
            return "survey.model." + name();
        }
    }

    private final Model model;

    Dimension(Model model) {
        this.model = model;
    }

    public Model model() {
        return model;
    }

    public static java.util.List<Dimension> of(Model model) {
        return java.util.Arrays.stream(values()).filter(d -> d.model == model).toList();
    }

    @Override
    public String messageKey() {
        return "servqual.dimension." + name();
    }
}
