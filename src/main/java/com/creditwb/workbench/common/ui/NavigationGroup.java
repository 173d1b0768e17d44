package com.creditwb.workbench.common.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The heading a view's navigation entry goes under (a message key). A view joins the side navigation with
 * Vaadin's {@code @Menu(title = label key, order, icon)} and this annotation; the whole part of the order
 * places the group, the fraction the entry within it — so a new feature adds its entries without
 * editing the layout.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavigationGroup {

    String value();
}
