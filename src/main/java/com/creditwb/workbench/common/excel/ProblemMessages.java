package com.creditwb.workbench.common.excel;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.i18n.Locales;
import com.creditwb.workbench.common.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Turns a workbook problem into a sentence in the user's language, with where it is. */
@Component
public class ProblemMessages {

    /** A problem as the API reports it: where (sheet, cell), its code, and the message in the caller's language. */
    public record ApiProblem(String sheet, String cell, String code, String message) {
    }

    /** The problems as the API reports them. */
    public java.util.List<ApiProblem> forApi(java.util.List<ExcelProblem> problems) {
        return problems.stream().map(p -> new ApiProblem(p.sheet(), p.cell(), p.code(), message(p))).toList();
    }

    private final Messages messages;

    ProblemMessages(Messages messages) {
        this.messages = messages;
    }

    /** The message alone (the sheet and cell are shown separately). */
    public String message(ExcelProblem p) {
        Object[] args = p.args().stream().map(this::argument).toArray();
        return messages.get(p.messageKey(), args);
    }

    /** "Sheet 资产负债表, cell G17: …" */
    public String withPlace(ExcelProblem p) {
        String text = message(p);
        if (p.sheet() != null && p.cell() != null) {
            return messages.get("excel.atCell", p.sheet(), p.cell(), text);
        }
        if (p.sheet() != null) {
            return messages.get("excel.atSheet", p.sheet(), text);
        }
        return text;
    }

    private Object argument(Object a) {
        if (a instanceof com.creditwb.workbench.common.i18n.Labelled item) {
            return messages.get(item.messageKey());
        }
        if (a instanceof BigDecimal amount) {
            return Formats.amount(amount, Locales.current());
        }
        if (a instanceof LocalDate date) {
            return Formats.date(date, Locales.current());
        }
        if (a instanceof Number n) {
            return Formats.integer(n.longValue(), Locales.current());
        }
        return a == null ? "" : a.toString();
    }
}
