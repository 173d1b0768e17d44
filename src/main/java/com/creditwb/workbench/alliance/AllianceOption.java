package com.creditwb.workbench.alliance;

import com.creditwb.workbench.alliance.domain.Criterion;
import com.creditwb.workbench.alliance.domain.OptionKind;
import com.creditwb.workbench.alliance.domain.Scores;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;

/** An option to reach the goal (评选方案) or a candidate partner (寻找盟友), scored 1–5 per criterion. */
@Entity
@Table(name = "alliance_option")
public class AllianceOption extends AlliancePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OptionKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(length = 18)
    private String uscc;

    @Column(length = 400)
    private String scores;

    @Column(nullable = false)
    private boolean chosen;

    protected AllianceOption() {
    }

    AllianceOption(Alliance alliance, int position, OptionKind kind) {
        super(alliance, position);
        this.kind = kind;
    }

    public OptionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getUscc() {
        return uscc;
    }

    public Map<Criterion, Integer> getScores() {
        return Scores.decode(Criterion.class, scores);
    }

    public boolean isChosen() {
        return chosen;
    }

    /** Scored on every criterion. */
    public boolean isEvaluated() {
        return getScores().size() == Criterion.values().length;
    }

    void update(String name, String description, Long customerId, String uscc, Map<Criterion, Integer> scores) {
        this.name = name;
        this.description = description;
        this.customerId = customerId;
        this.uscc = uscc;
        this.scores = Scores.encode(scores);
    }

    void setChosen(boolean chosen) {
        this.chosen = chosen;
    }
}
