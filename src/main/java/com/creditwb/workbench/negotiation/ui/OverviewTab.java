package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.EditableRows;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.negotiation.domain.TopicTeam;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The record (subject, direction, links, value, importance, difficulty, dates), the team with each member's
 * expertise beside the suggested size (确定商务谈判人员组合), and per topic the lead (主谈) and supports (辅谈).
 */
class OverviewTab extends VerticalLayout {

    /** One team member's row. */
    final class MemberRow extends EditableRows.Row<Member> {
        final ComboBox<String> user = new ComboBox<>();
        final MultiSelectComboBox<TeamRules.Expertise> expertise = new MultiSelectComboBox<>();
        private final boolean owner;

        MemberRow(String username, Set<TeamRules.Expertise> has, boolean owner) {
            this.owner = owner;
            com.creditwb.workbench.security.ui.UserPicker.bind(user, people);
            user.setValue(username);
            user.setReadOnly(owner || !editable);
            user.setWidth("14em");
            user.addValueChangeListener(e -> topicsChoices());
            expertise.setItems(TeamRules.Expertise.values());
            expertise.setItemLabelGenerator(x -> Labels.of(OverviewTab.this, x));
            expertise.setValue(has == null ? Set.of() : has);
            expertise.setReadOnly(!editable);
            expertise.setWidth("24em");
            expertise.setPlaceholder(getTranslation("negotiation.field.expertise"));
            expertise.addValueChangeListener(e -> topicsChoices());
            add(user, expertise);
            if (owner) {
                add(new Span(getTranslation("negotiation.field.owner")));
            }
        }

        @Override
        public boolean removable() {
            return !owner;
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            super.setReadOnly(readOnly);
            user.setReadOnly(readOnly || owner);
        }

        @Override
        public Member value() {
            return new Member(user.getValue(), expertise.getValue(), owner);
        }
    }

    /** One member as the form shows it: who, with which expertise, and whether it is the negotiation's owner. */
    record Member(String username, Set<TeamRules.Expertise> expertise, boolean owner) {
    }

    private final transient UserService users;
    private final boolean editable;
    private final List<UserService.UserSummary> people;
    final TextField subject = new TextField();
    final Select<Direction> direction;
    final ComboBox<AllianceService.AllianceRef> alliance = new ComboBox<>();
    final ComboBox<PlanService.PlanRef> plan = new ComboBox<>();
    final AmountField contractValue = new AmountField();
    final Select<TeamRules.Importance> importance;
    final Select<TeamRules.Difficulty> difficulty;
    final DatePicker startDate = new DatePicker();
    final DatePicker deadline = new DatePicker();
    final EditableRows<Member, MemberRow> team = new EditableRows<>("negotiation-team", "negotiation.addMember",
            m -> new MemberRow(m == null ? null : m.username(), m == null ? Set.of() : m.expertise(), m != null && m.owner()));
    final Span teamSize = new Span();
    final Map<TeamRules.Topic, ComboBox<String>> leads = new EnumMap<>(TeamRules.Topic.class);
    final Map<TeamRules.Topic, MultiSelectComboBox<String>> supports = new EnumMap<>(TeamRules.Topic.class);
    private final String owner;

    OverviewTab(Negotiation n, boolean editable, int suggestedSize, UserService users, AllianceService alliances, PlanService plans) {
        this.users = users;
        this.editable = editable;
        this.owner = n.getOwner();
        this.people = users.enabledUsers();
        setPadding(false);
        subject.setLabel(getTranslation("negotiation.field.subject"));
        subject.setValue(n.getSubject());
        subject.setWidthFull();
        subject.setId("negotiation-subject");
        direction = Labels.select(this, "negotiation.field.direction", Direction.class);
        direction.setValue(n.getDirection());
        direction.setId("negotiation-direction");
        alliance.setLabel(getTranslation("negotiation.field.alliance"));
        List<AllianceService.AllianceRef> visible = new ArrayList<>(alliances.refs());
        AllianceService.AllianceRef linked = null;
        if (n.getAllianceId() != null) {
            linked = visible.stream().filter(a -> a.id().equals(n.getAllianceId())).findFirst().orElse(null);
        }
        alliance.setItems(visible);
        alliance.setItemLabelGenerator(AllianceService.AllianceRef::name);
        alliance.setClearButtonVisible(true);
        alliance.setValue(linked);
        alliance.setVisible(alliances.canList());
        this.keptAlliance = linked == null ? n.getAllianceId() : null;
        plan.setLabel(getTranslation("negotiation.field.plan"));
        List<PlanService.PlanRef> ofCounterpart = plans.canReadPlans(n.getCounterpartId()) ? plans.refs(n.getCounterpartId()) : List.of();
        plan.setItems(ofCounterpart);
        plan.setItemLabelGenerator(p -> getTranslation("negotiation.planLabel", p.number(), p.title() == null ? "" : p.title()));
        plan.setClearButtonVisible(true);
        plan.setValue(ofCounterpart.stream().filter(p -> p.id().equals(n.getPlanId())).findFirst().orElse(null));
        this.keptPlan = plan.getValue() == null ? n.getPlanId() : null;
        plan.setVisible(!ofCounterpart.isEmpty());
        contractValue.setLabel(getTranslation("negotiation.field.contractValue"));
        contractValue.setValue(n.getContractValue());
        contractValue.setId("negotiation-value");
        importance = Labels.select(this, "negotiation.field.importance", TeamRules.Importance.class);
        importance.setValue(n.getImportance());
        importance.setId("negotiation-importance");
        difficulty = Labels.select(this, "negotiation.field.difficulty", TeamRules.Difficulty.class);
        difficulty.setValue(n.getDifficulty());
        difficulty.setId("negotiation-difficulty");
        startDate.setLabel(getTranslation("negotiation.field.startDate"));
        startDate.setValue(n.getStartDate());
        deadline.setLabel(getTranslation("negotiation.field.deadline"));
        deadline.setValue(n.getDeadline());
        deadline.setId("negotiation-deadline");
        FormLayout record = new FormLayout(subject, direction, alliance, plan, contractValue, importance, difficulty, startDate, deadline);
        record.setColspan(subject, 2);
        record.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        subject.setReadOnly(!editable);
        contractValue.setReadOnly(!editable);
        direction.setReadOnly(!editable);
        alliance.setReadOnly(!editable);
        plan.setReadOnly(!editable);
        importance.setReadOnly(!editable);
        difficulty.setReadOnly(!editable);
        startDate.setReadOnly(!editable);
        deadline.setReadOnly(!editable);
        add(record);

        H4 teamTitle = new H4(getTranslation("negotiation.team"));
        teamSize.setId("negotiation-team-size");
        teamSize.addClassName("wb-muted");
        this.suggested = suggestedSize;
        HorizontalLayout teamHead = new HorizontalLayout(teamTitle, teamSize);
        teamHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(teamHead);
        team.add.setId("negotiation-add-member");
        team.setEditable(editable);
        Map<String, Set<TeamRules.Expertise>> expertise = n.getTeam();
        List<Member> members = new ArrayList<>(List.of(new Member(owner, expertise.get(owner) == null ? Set.of() : expertise.get(owner), true)));
        expertise.forEach((u, e) -> {
            if (!u.equals(owner)) {
                members.add(new Member(u, e, false));
            }
        });
        team.set(members);
        team.onChange(() -> {
            topicsChoices();
            updateTeamSize();
        });
        add(team);

        add(new H4(getTranslation("negotiation.topics")));
        Span help = new Span(getTranslation("negotiation.topics.help"));
        help.addClassName("wb-muted");
        add(help);
        Map<TeamRules.Topic, TopicTeam> byTopic = new EnumMap<>(TeamRules.Topic.class);
        n.getTopics().forEach(t -> byTopic.put(t.topic(), t));
        FormLayout topics = new FormLayout();
        topics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (TeamRules.Topic t : TeamRules.Topic.values()) {
            ComboBox<String> lead = new ComboBox<>(getTranslation("negotiation.lead", Labels.of(this, t)));
            lead.setClearButtonVisible(true);
            lead.setItemLabelGenerator(users::displayName);
            lead.setId("negotiation-lead-" + t.name());
            lead.setReadOnly(!editable);
            MultiSelectComboBox<String> support = new MultiSelectComboBox<>(getTranslation("negotiation.support", Labels.of(this, t)));
            support.setItemLabelGenerator(users::displayName);
            support.setReadOnly(!editable);
            leads.put(t, lead);
            supports.put(t, support);
            topics.add(lead, support);
        }
        add(topics);
        topicsChoices();
        byTopic.forEach((t, x) -> {
            leads.get(t).setValue(x.lead());
            supports.get(t).setValue(new TreeSet<>(x.support()));
        });
        updateTeamSize();
    }

    private final Long keptAlliance;
    private final Long keptPlan;
    private final int suggested;


    /** The leads and supports may be chosen among the team as it stands in the form. */
    private void topicsChoices() {
        List<String> current = participants();
        for (TeamRules.Topic t : TeamRules.Topic.values()) {
            ComboBox<String> lead = leads.get(t);
            MultiSelectComboBox<String> support = supports.get(t);
            if (lead == null) {
                continue;
            }
            String l = lead.getValue();
            Set<String> s = support.getValue();
            lead.setItems(current);
            support.setItems(current);
            lead.setValue(l != null && current.contains(l) ? l : null);
            support.setValue(s.stream().filter(current::contains).collect(java.util.stream.Collectors.toSet()));
        }
        updateTeamSize();
    }

    private void updateTeamSize() {
        teamSize.setText(getTranslation("negotiation.teamSize", participants().size(), suggested));
    }

    List<String> participants() {
        return team.values().stream().map(Member::username).filter(u -> u != null && !u.isBlank()).distinct().toList();
    }

    String subject() {
        return subject.getValue();
    }

    Direction direction() {
        return direction.getValue();
    }

    Long allianceId() {
        return alliance.getValue() != null ? alliance.getValue().id() : keptAlliance;
    }

    Long planId() {
        return plan.getValue() != null ? plan.getValue().id() : keptPlan;
    }

    BigDecimal contractValue() {
        return contractValue.getValue();
    }

    TeamRules.Importance importance() {
        return importance.getValue();
    }

    TeamRules.Difficulty difficulty() {
        return difficulty.getValue();
    }

    LocalDate startDate() {
        return startDate.getValue();
    }

    LocalDate deadline() {
        return deadline.getValue();
    }

    Map<String, Set<TeamRules.Expertise>> team() {
        Map<String, Set<TeamRules.Expertise>> map = new LinkedHashMap<>();
        for (Member m : team.values()) {
            if (m.username() != null) {
                map.put(m.username(), m.expertise());
            }
        }
        return map;
    }

    List<TopicTeam> topics() {
        List<TopicTeam> list = new ArrayList<>();
        for (TeamRules.Topic t : TeamRules.Topic.values()) {
            String lead = leads.get(t).getValue();
            Set<String> support = supports.get(t).getValue();
            if (lead != null || !support.isEmpty()) {
                list.add(new TopicTeam(t, lead, new ArrayList<>(new TreeSet<>(support))));
            }
        }
        return list;
    }
}
