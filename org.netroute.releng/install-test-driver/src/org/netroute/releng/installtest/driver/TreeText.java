package org.netroute.releng.installtest.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

/** The rows a view's tree shows, depth first, each as its cells joined by " | ": what a reader sees. */
final class TreeText {

	private TreeText() {
	}

	static List<String> of(IViewPart view) {
		List<String> rows = new ArrayList<>();
		MPart part = view.getSite().getService(MPart.class);
		if (part != null && part.getWidget() instanceof Composite composite) {
			Tree tree = firstTree(composite);
			if (tree != null) {
				for (TreeItem item : tree.getItems()) {
					collect(item, Math.max(1, tree.getColumnCount()), rows);
				}
			}
		}
		return rows;
	}

	private static Tree firstTree(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Tree tree) {
				return tree;
			}
			if (child instanceof Composite inner) {
				Tree tree = firstTree(inner);
				if (tree != null) {
					return tree;
				}
			}
		}
		return null;
	}

	private static void collect(TreeItem item, int columns, List<String> rows) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < columns; column++) {
			cells.add(item.getText(column));
		}
		rows.add(String.join(" | ", cells));
		for (TreeItem child : item.getItems()) {
			collect(child, columns, rows);
		}
	}
}
