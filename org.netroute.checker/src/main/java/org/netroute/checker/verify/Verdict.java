package org.netroute.checker.verify;

/**
 * An engine's answer about one property of one cluster: proved, violated with a counterexample,
 * or unknown with the reason (a timeout, engines that disagree...).
 */
public sealed interface Verdict permits Verdict.Proved, Verdict.Violated, Verdict.Unknown {

    /** The three answers, as reports name them. */
    enum Status { PROVED, VIOLATED, UNKNOWN }

    Status status();

    static Verdict proved() {
        return new Proved();
    }

    static Verdict violated(Counterexample counterexample) {
        return new Violated(counterexample);
    }

    static Verdict unknown(String reason) {
        return new Unknown(reason);
    }

    /** Proved over what the note says (e.g. how many pod pairs policy allows), where that is worth saying. */
    static Verdict proved(String scope) {
        return new Proved(java.util.Optional.of(scope));
    }

    /**
     * The property holds for every packet it speaks about.
     *
     * @param scope what it was proved over, when not simply everything (a policy that isolates pairs)
     */
    record Proved(java.util.Optional<String> scope) implements Verdict {
        public Proved() {
            this(java.util.Optional.empty());
        }


        @Override
        public Status status() {
            return Status.PROVED;
        }
    }

    /** The property fails; the counterexample is the first failing case in file order. */
    record Violated(Counterexample counterexample) implements Verdict {
        @Override
        public Status status() {
            return Status.VIOLATED;
        }
    }

    /** The engine could not decide. */
    record Unknown(String reason) implements Verdict {
        @Override
        public Status status() {
            return Status.UNKNOWN;
        }
    }
}
