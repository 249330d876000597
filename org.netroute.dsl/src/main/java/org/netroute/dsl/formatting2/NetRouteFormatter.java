package org.netroute.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.netroute.dsl.netRoute.Bgp;
import org.netroute.dsl.netRoute.CiliumPolicy;
import org.netroute.dsl.netRoute.CiliumRule;
import org.netroute.dsl.netRoute.L7Rules;
import org.netroute.dsl.netRoute.NetworkPolicy;
import org.netroute.dsl.netRoute.NetworkPolicyPeer;
import org.netroute.dsl.netRoute.NetworkPolicyRule;
import org.netroute.dsl.netRoute.OpaqueEntry;
import org.netroute.dsl.netRoute.Selector;
import org.netroute.dsl.netRoute.ToFqdns;
import org.netroute.dsl.netRoute.ToPorts;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Firewall;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

/**
 * The canonical layout of a .netroute file: one declaration or option per line, blocks
 * indented, "key: value" with one space after the colon, one blank line between clusters.
 * Formatting twice gives the same text.
 */
public class NetRouteFormatter extends AbstractJavaFormatter {

	private static final String[] CILIUM_KEYS = { "routing-mode", "tunnel-protocol", "tunnel-port", "mtu",
			"ipv4-native-routing-cidr", "auto-direct-node-routes", "direct-routing-skip-unreachable", "enable-wireguard",
			"enable-ipsec", "enable-policy" };
	private static final String[] SEGMENT_KEYS = { "cidr", "mtu", "gateway" };
	private static final String[] NODE_KEYS = { "address", "pod-cidr", "cilium-internal-ip" };
	private static final String[] CILIUM_RULE_KEYS = { "fromEndpoints", "toEndpoints", "fromEntities", "toEntities",
			"fromCIDR", "toCIDR" };
	private static final String[] PEER_KEYS = { "podSelector", "namespaceSelector", "ipBlock" };

	/** Four spaces per level, as in the language reference, unless the editor asks for something else. */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new java.util.HashMap<>());
		if (request.getPreferences().getPreference(FormatterPreferenceKeys.indentation)
				.equals(FormatterPreferenceKeys.indentation.getDefaultValue())) {
			preferences.put(FormatterPreferenceKeys.indentation, "    ");
		}
		request.setPreferences(preferences);
		super.initialize(request);
	}

	/**
	 * Comments are re-indented as usual; any other token between tokens is one the parser could not
	 * place (a file with syntax errors, as editors format it): it stays as written instead of
	 * failing the whole format request (found by the fuzzer).
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule rule
				&& (rule.getName().startsWith("ML") || rule.getName().startsWith("SL"))) {
			return super.createCommentReplacer(comment);
		}
		return new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return comment;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}
		};
	}

	protected void format(Model model, IFormattableDocument doc) {
		// Tokens on a line stand one space apart unless a rule below says otherwise.
		for (ISemanticRegion region : allSemanticRegions(model)) {
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		for (ISemanticRegion separator : allRegionsFor(model).keywords(":", ",")) {
			doc.prepend(separator, it -> it.noSpace());
		}
		List<Cluster> clusters = model.getClusters();
		for (int i = 0; i < clusters.size(); i++) {
			Cluster cluster = clusters.get(i);
			if (i > 0) {
				doc.prepend(cluster, it -> it.setNewLines(2));
			}
			doc.format(cluster);
		}
		if (!clusters.isEmpty()) {
			doc.append(clusters.get(clusters.size() - 1), it -> it.setNewLines(1));
		}
	}

	protected void format(Cluster cluster, IFormattableDocument doc) {
		block(cluster, doc);
		for (EObject element : cluster.eContents()) {
			doc.prepend(element, it -> it.setNewLines(1, 1, 2));
			doc.format(element);
		}
	}

	protected void format(Cilium cilium, IFormattableDocument doc) {
		block(cilium, doc);
		linePerKey(cilium, doc, CILIUM_KEYS);
	}

	protected void format(Segment segment, IFormattableDocument doc) {
		block(segment, doc);
		linePerKey(segment, doc, SEGMENT_KEYS);
	}

	protected void format(Node node, IFormattableDocument doc) {
		block(node, doc);
		linePerKey(node, doc, NODE_KEYS);
		node.getPods().forEach(pod -> doc.prepend(pod, it -> it.newLine()));
	}

	protected void format(Router router, IFormattableDocument doc) {
		block(router, doc);
		router.eContents().forEach(line -> doc.prepend(line, it -> it.newLine()));
	}

	protected void format(Firewall firewall, IFormattableDocument doc) {
		block(firewall, doc);
		firewall.getRules().forEach(rule -> doc.prepend(rule, it -> it.newLine()));
	}

	protected void format(Bgp bgp, IFormattableDocument doc) {
		block(bgp, doc);
		bgp.getPeers().forEach(peer -> doc.prepend(peer, it -> it.newLine()));
	}

	/**
	 * Policies as Kubernetes and Cilium lay them out: a line per field, nested blocks for rules, peers
	 * and selectors; labels, ports, match expressions, ipBlocks and enableDefaultDeny on one line.
	 */
	protected void format(NetworkPolicy policy, IFormattableDocument doc) {
		block(policy, doc);
		linePerKey(policy, doc, "podSelector", "policyTypes");
		if (policy.getPodSelector() != null) {
			doc.format(policy.getPodSelector());
		}
		policy.getIngress().forEach(rule -> lineAndFormat(rule, doc));
		policy.getEgress().forEach(rule -> lineAndFormat(rule, doc));
	}

	protected void format(NetworkPolicyRule rule, IFormattableDocument doc) {
		block(rule, doc);
		rule.eContents().forEach(child -> lineAndFormat(child, doc));
	}

	protected void format(NetworkPolicyPeer peer, IFormattableDocument doc) {
		block(peer, doc);
		linePerKey(peer, doc, PEER_KEYS);
		peer.eContents().stream().filter(Selector.class::isInstance).forEach(doc::format);
	}

	protected void format(CiliumPolicy policy, IFormattableDocument doc) {
		block(policy, doc);
		linePerKey(policy, doc, "endpointSelector");
		if (policy.getEndpointSelector() != null) {
			doc.format(policy.getEndpointSelector());
		}
		if (policy.getEnableDefaultDeny() != null) {
			doc.prepend(policy.getEnableDefaultDeny(), it -> it.newLine());
		}
		for (List<CiliumRule> rules : List.of(policy.getIngress(), policy.getIngressDeny(), policy.getEgress(),
				policy.getEgressDeny())) {
			rules.forEach(rule -> lineAndFormat(rule, doc));
		}
	}

	protected void format(CiliumRule rule, IFormattableDocument doc) {
		block(rule, doc);
		linePerKey(rule, doc, CILIUM_RULE_KEYS);
		rule.getEndpoints().forEach(doc::format);
		rule.getToPorts().forEach(toPorts -> lineAndFormat(toPorts, doc));
		rule.getFqdns().forEach(fqdns -> lineAndFormat(fqdns, doc));
	}

	protected void format(ToPorts toPorts, IFormattableDocument doc) {
		block(toPorts, doc);
		toPorts.eContents().forEach(child -> lineAndFormat(child, doc));
	}

	protected void format(L7Rules rules, IFormattableDocument doc) {
		block(rules, doc);
		rules.getEntries().forEach(entry -> lineAndFormat(entry, doc));
	}

	protected void format(ToFqdns fqdns, IFormattableDocument doc) {
		block(fqdns, doc);
		fqdns.getEntries().forEach(entry -> lineAndFormat(entry, doc));
	}

	protected void format(OpaqueEntry entry, IFormattableDocument doc) {
		if (!entry.getEntries().isEmpty()) {
			block(entry, doc);
			entry.getEntries().forEach(child -> lineAndFormat(child, doc));
		}
	}

	/** {@code {}} when a selector selects everything; else a line for matchLabels and each expression. */
	protected void format(Selector selector, IFormattableDocument doc) {
		if (selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty()
				&& regionFor(selector).keyword("matchLabels") == null) {
			ISemanticRegion open = regionFor(selector).keyword("{");
			if (open != null) {
				doc.append(open, it -> it.noSpace());
			}
			return;
		}
		block(selector, doc);
		linePerKey(selector, doc, "matchLabels");
		selector.getMatchExpressions().forEach(expression -> doc.prepend(expression, it -> it.newLine()));
	}

	private void lineAndFormat(EObject child, IFormattableDocument doc) {
		doc.prepend(child, it -> it.newLine());
		doc.format(child);
	}

	private void block(EObject owner, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		List<ISemanticRegion> closes = regionFor(owner).keywords("}");
		if (open == null || closes.isEmpty()) {
			return;
		}
		ISemanticRegion close = closes.get(closes.size() - 1);
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
	}

	private void linePerKey(EObject owner, IFormattableDocument doc, String... keys) {
		for (ISemanticRegion key : regionFor(owner).keywords(keys)) {
			doc.prepend(key, it -> it.newLine());
		}
	}
}
