package org.netroute.tests.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netroute.tests.dsl.Examples;

/**
 * Makes fuzz inputs from choices: a grammar-aware cluster, a mutated example, or (for the
 * coverage-guided fuzzer, which shapes raw text itself) the rest of the fuzzer's bytes as text;
 * and Kubernetes dumps for {@code netroute import}.
 */
public final class FuzzInputs {

    private final List<Path> examples = Examples.all();
    private final List<String> texts = examples.stream().map(Examples::read).toList();
    private final ClusterGrammar grammar = new ClusterGrammar();
    private final ExampleMutations mutations = new ExampleMutations();
    private final KubeDumpGrammar dumps = new KubeDumpGrammar();

    /** A grammar-aware cluster or a mutated example, half and half. */
    public FuzzCase next(Choices choices, String origin) {
        if (choices.oneIn(2)) {
            return new FuzzCase(origin + ", grammar", grammar.write(choices));
        }
        int example = choices.below(texts.size());
        List<String> applied = new ArrayList<>();
        String text = mutations.mutate(texts.get(example), choices, applied);
        return new FuzzCase(origin + ", " + examples.get(example).getFileName() + " mutated " + applied, text);
    }

    /** A Kubernetes dump for {@code netroute import}, half of them mutated. */
    public FuzzCase nextDump(Choices choices, String origin) {
        String dump = dumps.write(choices);
        if (choices.oneIn(2)) {
            return new FuzzCase(origin + ", dump", dump);
        }
        List<String> applied = new ArrayList<>();
        String mutated = mutations.mutate(dump, choices, applied);
        return new FuzzCase(origin + ", dump mutated " + applied, mutated);
    }

    /** For the fuzzer: as {@link #next} two times in three, else its bytes as they are. */
    public FuzzCase next(FuzzerChoices choices) {
        return choices.oneIn(3) ? new FuzzCase("fuzzer bytes", choices.rest()) : next(choices, "fuzzer");
    }
}
