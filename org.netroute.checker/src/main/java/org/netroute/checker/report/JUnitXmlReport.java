package org.netroute.checker.report;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * The report CI servers read (Jenkins, GitLab, GitHub test views): the Ant/Jenkins JUnit XML
 * format, one test suite per file and one test case per cluster and property. A VIOLATED property
 * is a failure whose message is the counterexample in words; UNKNOWN and a file that does not
 * validate are errors (nothing could be decided).
 */
public final class JUnitXmlReport {

    /** The test case name of a file whose text has errors, so CI shows which file did not validate. */
    public static final String VALIDATION_CASE = "validation";

    public void write(List<FileResult> files, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newLine(xml, 0);
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "netroute");
            Counts total = files.stream().map(Counts::of).reduce(Counts.NONE, Counts::plus);
            total.writeTo(xml);
            for (FileResult file : files) {
                suite(file, xml);
            }
            newLine(xml, 0);
            xml.writeEndElement();
            newLine(xml, 0);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void suite(FileResult file, XMLStreamWriter xml) throws XMLStreamException {
        newLine(xml, 1);
        xml.writeStartElement("testsuite");
        attribute(xml, "name", file.file());
        Counts.of(file).writeTo(xml);
        String stem = stem(file.file());
        if (file.hasErrors()) {
            newLine(xml, 2);
            xml.writeStartElement("testcase");
            attribute(xml, "name", VALIDATION_CASE);
            attribute(xml, "classname", stem);
            attribute(xml, "time", seconds(0));
            List<Diagnostic> errors = file.diagnostics().stream().filter(Diagnostic::isError).toList();
            newLine(xml, 3);
            xml.writeStartElement("error");
            attribute(xml, "message", TextReport.diagnostic(file.file(), errors.get(0)));
            attribute(xml, "type", "INVALID");
            characters(xml, errors.stream().map(error -> TextReport.diagnostic(file.file(), error))
                    .collect(Collectors.joining("\n")));
            xml.writeEndElement();
            newLine(xml, 2);
            xml.writeEndElement();
        }
        for (ClusterResult cluster : file.clusters()) {
            for (PropertyResult result : cluster.properties()) {
                testCase(stem + "." + cluster.name(), result, xml);
            }
        }
        newLine(xml, 1);
        xml.writeEndElement();
    }

    private static void testCase(String classname, PropertyResult result, XMLStreamWriter xml)
            throws XMLStreamException {
        newLine(xml, 2);
        xml.writeStartElement("testcase");
        attribute(xml, "name", result.property().id());
        attribute(xml, "classname", classname);
        attribute(xml, "time", seconds(result.millis()));
        if (result.verdict() instanceof Verdict.Violated violated) {
            newLine(xml, 3);
            xml.writeStartElement("failure");
            attribute(xml, "message", CounterexampleWords.summary(violated.counterexample()));
            attribute(xml, "type", violated.counterexample().disposition().name());
            characters(xml, CounterexampleWords.paragraph(violated.counterexample()));
            xml.writeEndElement();
            newLine(xml, 2);
        } else if (result.verdict() instanceof Verdict.Unknown unknown) {
            newLine(xml, 3);
            xml.writeStartElement("error");
            attribute(xml, "message", "UNKNOWN: " + unknown.reason());
            attribute(xml, "type", "UNKNOWN");
            xml.writeEndElement();
            newLine(xml, 2);
        }
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, legal(value));
    }

    private static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(legal(text));
    }

    /**
     * The text with every character XML 1.0 cannot carry (control characters such as NUL, lone
     * surrogates, U+FFFE/U+FFFF) replaced by U+FFFD: a solver's or a file's odd bytes must not make
     * CI unable to read the report.
     */
    static String legal(String text) {
        StringBuilder legal = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && legal == null) {
                legal = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (legal != null) {
                legal.append(allowed ? c : '\uFFFD');
            }
        }
        return legal == null ? text : legal.toString();
    }

    /** The file name without folders and extension; dots would read as Java packages in CI views. */
    private static String stem(String file) {
        Path name = Path.of(file).getFileName();
        String text = name == null ? file : name.toString();
        int dot = text.lastIndexOf('.');
        return (dot > 0 ? text.substring(0, dot) : text).replace('.', '_');
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
        characters(xml, "\n" + "  ".repeat(depth));
    }

    /** The counts a suite or the whole run declares, which CI servers show without reading the cases. */
    private record Counts(int tests, int failures, int errors, long millis) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        static Counts of(FileResult file) {
            List<PropertyResult> results = file.clusters().stream().flatMap(cluster -> cluster.properties().stream())
                    .toList();
            int validation = file.hasErrors() ? 1 : 0;
            return new Counts(results.size() + validation, count(results, Verdict.Status.VIOLATED),
                    count(results, Verdict.Status.UNKNOWN) + validation,
                    results.stream().mapToLong(PropertyResult::millis).sum());
        }

        private static int count(List<PropertyResult> results, Verdict.Status status) {
            return (int) results.stream().filter(result -> result.verdict().status() == status).count();
        }

        Counts plus(Counts other) {
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors,
                    millis + other.millis);
        }

        void writeTo(XMLStreamWriter xml) throws XMLStreamException {
            attribute(xml, "tests", Integer.toString(tests));
            attribute(xml, "failures", Integer.toString(failures));
            attribute(xml, "errors", Integer.toString(errors));
            attribute(xml, "skipped", "0");
            attribute(xml, "time", seconds(millis));
        }
    }
}
