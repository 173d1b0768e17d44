package com.creditwb.workbench.credit.groups.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.credit.groups.GroupService;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerPicker;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** CustomerRecord groups (集团客户): each with its parent, members, group limit, the members' committed exposure and what is left. */
@Menu(title = "nav.groups", order = 2.25, icon = "vaadin:group")
@NavigationGroup("nav.group.credit")
@Route("credit/groups")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<GroupService.Summary> grid = new Grid<>();
    final Button add = new Button();
    private final transient GroupService groups;
    private final transient CustomerService customers;
    private final transient com.creditwb.workbench.customer.CustomerSearch customerSearch;

    public GroupsView(GroupService groups, CustomerService customers, com.creditwb.workbench.customer.CustomerSearch customerSearch) {
        this.groups = groups;
        this.customers = customers;
        this.customerSearch = customerSearch;
        setSizeFull();
        var l = getLocale();
        add.setText(getTranslation("group.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("group-new");
        add.setVisible(groups.canEdit());
        add.addClickListener(e -> open(null));
        Paragraph help = new Paragraph(getTranslation("group.help"));
        help.addClassName("wb-muted");
        grid.setId("group-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.group().getName()).setHeader(getTranslation("group.name")).setFlexGrow(2);
        grid.addColumn(this::membersText).setHeader(getTranslation("group.members")).setFlexGrow(4);
        grid.addColumn(s -> Formats.amount(s.group().getLimit(), l)).setHeader(getTranslation("group.limit")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.amount(s.exposure(), l)).setHeader(getTranslation("group.exposure")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.amount(s.available(), l)).setHeader(getTranslation("group.available")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (groups.canEdit()) {
            grid.addItemClickListener(e -> open(e.getItem()));
        }
        grid.setSizeFull();
        add(new HorizontalLayout(new H2(getTranslation("group.title")), add), help, grid);
        refresh();
    }

    /** The members by name, the parent first and marked, and how many the user may not see. */
    String membersText(GroupService.Summary s) {
        return String.join(getTranslation("common.listSeparator"), s.members().stream()
                .map(m -> m.parent() ? getTranslation("group.parentMember", m.name()) : m.name()).toList())
                + (s.hiddenMembers() > 0 ? getTranslation("group.hidden", s.hiddenMembers()) : "");
    }

    void refresh() {
        grid.setItems(groups.list());
    }

    void open(GroupService.Summary existing) {
        TextField name = new TextField(getTranslation("group.name"));
        name.setWidthFull();
        name.setId("group-name");
        ComboBox<CustomerRecord> parent = CustomerPicker.create(getTranslation("group.parent"), customerSearch);
        parent.setId("group-parent");
        BigDecimalField limit = new BigDecimalField(getTranslation("group.limit"));
        limit.setId("group-limit");
        Map<Long, String> members = new LinkedHashMap<>();
        VerticalLayout memberList = new VerticalLayout();
        memberList.setPadding(false);
        memberList.setSpacing(false);
        Runnable showMembers = () -> {
            memberList.removeAll();
            members.forEach((id, n) -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    members.remove(id);
                    memberList.getChildren().filter(c -> c.getId().orElse("").equals("member-" + id)).findFirst().ifPresent(memberList::remove);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("common.delete"));
                HorizontalLayout row = new HorizontalLayout(new Div(n), remove);
                row.setId("member-" + id);
                memberList.add(row);
            });
        };
        ComboBox<CustomerRecord> addMember = CustomerPicker.create(getTranslation("group.addMember"), customerSearch);
        addMember.setId("group-add-member");
        addMember.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                members.put(e.getValue().id(), e.getValue().name());
                addMember.clear();
                showMembers.run();
            }
        });
        if (existing != null) {
            name.setValue(existing.group().getName());
            parent.setValue(customers.record(existing.group().getParentId()));
            limit.setValue(existing.group().getLimit());
            existing.members().stream().filter(m -> !m.parent()).forEach(m -> members.put(m.customerId(), m.name()));
        }
        showMembers.run();
        FormDialog d = new FormDialog(getTranslation(existing == null ? "group.new" : "group.edit"), getTranslation("common.save"), () -> {
            groups.save(existing == null ? null : existing.group().getId(), existing == null ? null : existing.group().getVersion(),
                    new GroupService.Form(name.getValue(), parent.getValue() == null ? null : parent.getValue().id(), limit.getValue(),
                            members.keySet()));
            Notify.success(getTranslation("group.saved"));
            refresh();
        });
        d.setWidth("min(44em, 95vw)");
        d.with(name, parent, limit, addMember, memberList).fields(Map.of("name", name, "parentId", parent, "limit", limit))
                .onStale(this::refresh);
        d.problems().setId("group-problems");
        d.primary().setId("group-save");
        if (existing != null) {
            Button delete = new Button(getTranslation("common.delete"), e -> {
                groups.delete(existing.group().getId());
                d.close();
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            d.getFooter().addComponentAsFirst(delete);
        }
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.title");
    }
}
