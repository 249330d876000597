package org.netroute.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where declarations stand in the text, so that a rule broken by two declarations is reported on
 * the later one, where the user added the second.
 */
final class TextOrder {

	private TextOrder() {
	}

	static <T extends EObject> T laterInText(T a, T b) {
		return offset(a) >= offset(b) ? a : b;
	}

	/**
	 * The declarations of several lists, each in text order already, merged into text order. Only
	 * these top-level declarations are located in the text, once each: what they contain follows
	 * them, so callers walk it in place.
	 */
	@SafeVarargs
	static List<EObject> inTextOrder(List<? extends EObject>... lists) {
		int size = 0;
		for (List<? extends EObject> list : lists) {
			size += list.size();
		}
		List<EObject> all = new ArrayList<>(size);
		List<Integer> offsets = new ArrayList<>(size);
		for (List<? extends EObject> list : lists) {
			for (EObject declaration : list) {
				all.add(declaration);
				offsets.add(offset(declaration));
			}
		}
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt(offsets::get));
		List<EObject> sorted = new ArrayList<>(size);
		for (Integer i : order) {
			sorted.add(all.get(i));
		}
		return sorted;
	}

	private static int offset(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getOffset();
	}
}
