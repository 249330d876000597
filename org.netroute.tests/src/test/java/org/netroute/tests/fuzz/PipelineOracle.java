package org.netroute.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.xml.sax.SAXException;

/**
 * The CLI's pipeline on any text: load (parse, validate, build topologies), verify every property
 * with the interpreter and the Alloy engine side by side under a short time limit, and write every
 * report. Fails when an engine threw, when the two engines decided differently, when an Alloy
 * counterexample does not replay in the interpreter, when a diagnostic names a place outside the
 * text, or when the JSON or JUnit XML report is not well-formed.
 */
public final class PipelineOracle {

    /** Per property and engine: short, since fuzz inputs are small; running out only makes an answer UNKNOWN. */
    static final Duration ENGINE_LIMIT = Duration.ofSeconds(5);

    /** Every how many valid files Alloy runs beside the interpreter ({@code -Dnetroute.fuzz.alloyEvery=N}). */
    private static final int ALLOY_EVERY = Integer.getInteger("netroute.fuzz.alloyEvery", 1);

    // the loader now, not at the first file: setting up the DSL registers it with EMF, which must
    // happen before the language server registers its own set-up (see FuzzHarness)
    private final ModelLoader loader = new ModelLoader();
    private final Verifier bothEngines = new Verifier(loader, new Engines().named(Engines.BOTH), ENGINE_LIMIT);
    private final Verifier interpreter = new Verifier(loader, new Engines().named("interpreter"), ENGINE_LIMIT);
    private final ObjectMapper json = new ObjectMapper();
    private long validFiles;

    /** @return the verified file, for the caller's statistics */
    public FileResult check(String text, HangGuard guard) {
        LoadedFile loaded = guard.run("load", () -> loader.load(text, "fuzz.netroute", "fuzz.netroute"));
        Verifier verifier = !loaded.hasErrors() && validFiles++ % ALLOY_EVERY == 0 ? bothEngines : interpreter;
        FileResult result = guard.run("verify", () -> verifier.verify(loaded, Monitor.none()));
        TextPlaces places = TextPlaces.anyLineEnd(text);
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (!places.containsOneBased(diagnostic.line(), diagnostic.column())) {
                throw new AssertionError("diagnostic outside the file (" + places.lines() + " lines): "
                        + TextReport.diagnostic("fuzz.netroute", diagnostic));
            }
        }
        for (ClusterResult cluster : result.clusters()) {
            for (PropertyResult property : cluster.properties()) {
                agree(cluster.name(), property);
            }
        }
        guard.run("report", () -> report(List.of(result)));
        return result;
    }

    private static void agree(String cluster, PropertyResult property) {
        Verdict.Status decided = null;
        for (Answer answer : property.answers()) {
            if (answer.verdict() instanceof Verdict.Unknown unknown) {
                if (!unknown.reason().contains("did not decide")) {
                    throw new AssertionError("cluster " + cluster + ", " + property.property().id() + ": "
                            + answer.engine() + " answered UNKNOWN other than by its time limit: " + unknown.reason());
                }
                continue;
            }
            if (decided != null && decided != answer.verdict().status()) {
                throw new AssertionError("cluster " + cluster + ", " + property.property().id()
                        + ": the engines disagree: " + property.answers());
            }
            decided = answer.verdict().status();
        }
    }

    private void report(List<FileResult> files) {
        StringWriter text = new StringWriter();
        new TextReport().write(files, new PrintWriter(text));
        StringWriter html = new StringWriter();
        new HtmlReport().write(files, html);
        StringWriter jsonText = new StringWriter();
        try {
            new JsonReport().write(files, jsonText);
            json.readTree(jsonText.toString());
        } catch (IOException e) {
            throw new AssertionError("the JSON report is not well-formed: " + e.getMessage() + "\n" + jsonText, e);
        }
        StringWriter xml = new StringWriter();
        new JUnitXmlReport().write(files, xml);
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("the JUnit XML report is not well-formed: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
