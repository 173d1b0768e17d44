package com.creditwb.workbench.customer.domain;

import com.creditwb.workbench.common.i18n.Labelled;

/** Sections (门类) A–T of the national industry classification GB/T 4754-2017. */
public enum Industry implements Labelled {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

    @Override
    public String messageKey() {
        return "industry." + name();
    }
}
