package com.creditwb.workbench.servicequality.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.servicequality.ChurnWatchService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The churn watch page shows counts as whole numbers, a slide with the peak it fell from, and new overdue as new. */
class ChurnWatchViewTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    ChurnWatchView view(Locale locale) {
        ViewTestSupport.open(locale);
        ChurnWatchService churn = mock(ChurnWatchService.class);
        // the real rules on a customer's figures: CSI 79.5 … 47.0, 1 detractor, 2 complaints, overdue where there was none
        ChurnRules.Signals signals = new ChurnRules.Signals(List.of(79.5, 71.0, 63.0, 55.5, 47.0), 1, 2, null, null, BigDecimal.ZERO,
                new BigDecimal("5000"));
        List<ChurnRules.Found> found = ChurnRules.reasons(signals, ChurnRules.DEFAULTS);
        when(churn.list()).thenReturn(List.of(new ChurnWatchService.AtRisk(7L, "C00007", "华南贸易有限公司", "account1", "王晓明",
                ChurnRules.score(found, ChurnRules.DEFAULTS), found, signals)));
        return new ChurnWatchView(churn);
    }

    @Test
    void reasons_read_as_a_person_would_write_them_in_english() {
        ChurnWatchView v = view(Locale.ENGLISH);
        var row = v.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(row.reasons().stream().map(v::reasonText).toList()).containsExactly(
                "CSI down 32.5 points from 79.5 over the last 5 rounds",
                "1 detractor(s) in the latest round",
                "2 complaint(s) late or reopened",
                "overdue is new (none on the previous aging list)");
    }

    @Test
    void and_in_chinese() {
        ChurnWatchView v = view(Locale.SIMPLIFIED_CHINESE);
        var row = v.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(row.reasons().stream().map(v::reasonText).toList()).containsExactly(
                "CSI 在最近 5 次调查中从 79.5 下降 32.5 分", "最近一次调查有 1 位贬损者", "2 件投诉超时或重开", "新出现逾期（上一份账龄表无逾期）");
    }
}
