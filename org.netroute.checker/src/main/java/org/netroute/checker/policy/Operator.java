package org.netroute.checker.policy;

/** The operators of a label selector's matchExpressions. */
public enum Operator {
    IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

    private final String keyword;

    Operator(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Operator of(String keyword) {
        for (Operator operator : values()) {
            if (operator.keyword.equals(keyword)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown operator " + keyword);
    }
}
