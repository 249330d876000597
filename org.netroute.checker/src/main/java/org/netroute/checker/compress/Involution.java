package org.netroute.checker.compress;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate symmetry that swaps two interchangeable parts of a cluster: device, segment and pod
 * names (each map holds both directions; names not in a map stay) and address ranges. It is
 * used only after {@link AutomorphismCheck} confirmed it maps the configuration onto itself.
 */
record Involution(Map<String, String> devices, Map<String, String> segments, Map<String, String> pods,
        List<RangePair> addresses) {

    Involution {
        devices = Collections.unmodifiableMap(devices);
        segments = Collections.unmodifiableMap(segments);
        pods = Collections.unmodifiableMap(pods);
        addresses = Collections.unmodifiableList(addresses);
    }

    String device(String name) {
        return devices.getOrDefault(name, name);
    }

    String segment(String name) {
        return segments.getOrDefault(name, name);
    }

    String pod(String name) {
        return pods.getOrDefault(name, name);
    }

    /** The image of any device, segment or pod name (names share one namespace). */
    String image(String name) {
        String image = devices.get(name);
        if (image == null) {
            image = segments.get(name);
        }
        if (image == null) {
            image = pods.get(name);
        }
        return image == null ? name : image;
    }

    /** Collects the swaps of an involution in both directions; the involution built owns what it collected. */
    static final class Builder {
        private final Map<String, String> devices = new HashMap<>(4);
        private final Map<String, String> segments = new HashMap<>(4);
        private final Map<String, String> pods = new HashMap<>(4);
        private final List<RangePair> addresses = new java.util.ArrayList<>();
        private boolean built;

        Builder device(String a, String b) {
            swap(devices, a, b);
            return this;
        }

        Builder segment(String a, String b) {
            swap(segments, a, b);
            return this;
        }

        Builder pod(String a, String b) {
            swap(pods, a, b);
            return this;
        }

        Builder addresses(RangePair pair) {
            requireOpen();
            addresses.add(pair);
            return this;
        }

        private void requireOpen() {
            if (built) {
                throw new IllegalStateException("an involution builder builds once");
            }
        }

        private void swap(Map<String, String> map, String a, String b) {
            requireOpen();
            if (!a.equals(b)) {
                map.put(a, b);
                map.put(b, a);
            }
        }

        Involution build() {
            requireOpen();
            built = true;
            return new Involution(devices, segments, pods, addresses);
        }
    }
}
