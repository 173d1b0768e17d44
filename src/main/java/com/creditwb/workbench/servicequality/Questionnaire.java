package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A version of one of the seed's two SERVQUAL questionnaires (five or nine factors): its statements, each under a
 * dimension, in both languages. A response keeps the version it answered; a change makes a new version.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends BaseEntity implements AuditedEntity {

    /** One statement, answered twice on 1–7 (expectation and perception). */
    public record Statement(Dimension dimension, String zh, String en) {

        public String text(Locale locale) {
            return locale != null && com.creditwb.workbench.common.i18n.Locales.isChinese(locale) ? zh : en;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Dimension.Model model;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 40000)
    private String statements;

    protected Questionnaire() {
    }

    Questionnaire(Dimension.Model model, int number, List<Statement> statements) {
        this.model = model;
        this.number = number;
        this.statements = Json.write(statements);
    }

    public Dimension.Model getModel() {
        return model;
    }

    /** The version number (1, 2, …). */
    public int getNumber() {
        return number;
    }

    public List<Statement> getStatements() {
        return List.of(Json.read(statements, Statement[].class));
    }

    /** The dimensions in the order their statements come. */
    public List<Dimension> dimensions() {
        return List.copyOf(new LinkedHashSet<>(getStatements().stream().map(Statement::dimension).toList()));
    }

    /** The dimension's statements in order. */
    public List<Statement> items(Dimension d) {
        return getStatements().stream().filter(s -> s.dimension() == d).toList();
    }

    @Override
    public String auditSubjectType() {
        return "Questionnaire";
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditArea() {
        return com.creditwb.workbench.security.AccessPolicy.Area.SERVICE.name();
    }
}
