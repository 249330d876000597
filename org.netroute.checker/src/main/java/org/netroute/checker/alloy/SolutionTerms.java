package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.List;

import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;

import kodkod.ast.Expression;
import kodkod.ast.Formula;
import kodkod.engine.Evaluator;
import kodkod.engine.config.Options;
import kodkod.instance.Instance;
import kodkod.instance.TemporalInstance;
import kodkod.instance.Tuple;
import kodkod.instance.TupleSet;

/**
 * Terms of netroute.als evaluated against one solution. {@code A4Solution.eval} goes through
 * Pardinus's temporal evaluator, which took about 0.4 s per term on a 20-device cluster; NetRoute's
 * modules declare nothing mutable, so the solution is its first state alone, and Kodkod's static
 * evaluator answers the same terms about twenty times faster. The answer is the same set of tuples
 * of the same atoms.
 */
final class SolutionTerms {

    private final ParsedModule parsed;
    private final A4Solution solution;
    private final Evaluator evaluator;

    SolutionTerms(ParsedModule parsed, A4Solution solution) {
        this.parsed = parsed;
        this.solution = solution;
        Instance instance = solution.debugExtractKInstance();
        Instance state = instance instanceof TemporalInstance temporal ? temporal.state(0) : instance;
        Options options = new Options();
        options.setBitwidth(solution.getBitwidth());
        this.evaluator = new Evaluator(state, options);
    }

    /** The tuples of a relational term, each as its atoms' names. */
    List<List<String>> tuples(String term) {
        TupleSet set = evaluator.evaluate((Expression) translate(term));
        List<List<String>> tuples = new ArrayList<>(set.size());
        for (Tuple tuple : set) {
            List<String> atoms = new ArrayList<>(tuple.arity());
            for (int i = 0; i < tuple.arity(); i++) {
                atoms.add(tuple.atom(i).toString());
            }
            tuples.add(List.copyOf(atoms));
        }
        return tuples;
    }

    /** The one tuple of a term that must denote exactly one. */
    List<String> single(String term) {
        List<List<String>> tuples = tuples(term);
        if (tuples.size() != 1) {
            throw new IllegalStateException("netroute.als gives " + tuples + " for " + term);
        }
        return tuples.get(0);
    }

    /** The atom of a term that must denote exactly one atom. */
    String atom(String term) {
        return single(term).get(0);
    }

    /** Whether a formula holds. */
    boolean holds(String formula) {
        return evaluator.evaluate((Formula) translate(formula));
    }

    private Object translate(String text) {
        Expr expression = CompUtil.parseOneExpression_fromString(parsed.world(), text);
        return TranslateAlloyToKodkod.alloy2kodkod(solution, expression);
    }
}
