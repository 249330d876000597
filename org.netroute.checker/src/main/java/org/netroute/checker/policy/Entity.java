package org.netroute.checker.policy;

/**
 * The entities of Cilium v1.16 (pkg/policy/api: all, world, cluster, host, init, ingress,
 * unmanaged, remote-node, health, none, kube-apiserver).
 */
public enum Entity {
    ALL("all"), WORLD("world"), CLUSTER("cluster"), HOST("host"), INIT("init"), INGRESS("ingress"),
    UNMANAGED("unmanaged"), REMOTE_NODE("remote-node"), HEALTH("health"), NONE("none"),
    KUBE_APISERVER("kube-apiserver");

    private final String keyword;

    Entity(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Entity of(String keyword) {
        for (Entity entity : values()) {
            if (entity.keyword.equals(keyword)) {
                return entity;
            }
        }
        throw new IllegalArgumentException("unknown entity " + keyword);
    }
}
