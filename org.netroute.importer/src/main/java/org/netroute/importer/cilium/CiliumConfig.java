package org.netroute.importer.cilium;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;
import org.netroute.importer.source.Origin;

/**
 * The {@code cilium-config} ConfigMap: Cilium's agent options as the Helm chart writes them
 * (string values under {@code data}), each with the line it was read from.
 */
public record CiliumConfig(KubeObject object, Map<String, Setting> settings) {

    /** The ConfigMap's name in every Cilium install. */
    public static final String NAME = "cilium-config";

    /** One option as written, and where. */
    public record Setting(String key, String value, Origin origin) {
    }

    public CiliumConfig {
        settings = Map.copyOf(settings);
    }

    public static boolean is(KubeObject object) {
        return object.kind().equals("ConfigMap") && object.name().equals(NAME) && object.group().isEmpty();
    }

    public static CiliumConfig of(KubeObject object) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        object.body().at("data").ifPresent(data -> {
            if (data instanceof KubeValue.Mapping mapping) {
                mapping.entries().forEach((key, value) -> {
                    if (value instanceof KubeValue.Scalar scalar && scalar.text() != null) {
                        settings.put(key, new Setting(key, scalar.text().trim(), object.origin(scalar.line())));
                    }
                });
            }
        });
        return new CiliumConfig(object, settings);
    }

    public Optional<Setting> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public Optional<String> value(String key) {
        return setting(key).map(Setting::value).filter(value -> !value.isEmpty());
    }

    /** A boolean option: Cilium reads "true" (any case) as true; absent means {@code otherwise}. */
    public boolean flag(String key, boolean otherwise) {
        return value(key).map(value -> value.equalsIgnoreCase("true")).orElse(otherwise);
    }

    public Origin origin(String key) {
        return setting(key).map(Setting::origin).orElse(object.origin());
    }
}
