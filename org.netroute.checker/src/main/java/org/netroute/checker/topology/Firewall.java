package org.netroute.checker.topology;

import java.util.List;

/** An ordered rule list applied to every packet arriving at a device; first match wins, no match allows. */
public record Firewall(String name, String device, List<Rule> rules, SourceLocation location) {

    public Firewall {
        rules = List.copyOf(rules);
    }
}
