package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.verify.FileResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The JUnit XML report is what Jenkins, GitLab and GitHub read: valid against their schema, with true counts. */
class JUnitXmlReportTest {

    private static final String BROKEN = """
            cluster broken {
                segment rack1 { cidr: 192.168.1.0/24 }
                node worker1 {
                    address: 192.168.1.11 on rack1
                    pod-cidr: 10.0.1.0/24
                    pod web 10.0.1.300
                }
            }
            """;

    private static String report(List<FileResult> files) {
        StringWriter out = new StringWriter();
        new JUnitXmlReport().write(files, out);
        return out.toString();
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(Reports.resource("jenkins-junit.xsd").toFile()).newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void reportOfProvedViolatedAndInvalidFilesIsValidAgainstTheJenkinsSchema() throws Exception {
        String xml = report(List.of(Reports.verify(Reports.example("01-tunnel-vxlan-one-segment.netroute")),
                Reports.verify(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute")),
                Reports.verifyText(BROKEN, "broken.netroute")));
        validate(xml);
    }

    @Test
    void schemaRejectsATestCaseWithoutName() {
        String xml = "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase classname=\"c\"/></testsuite></testsuites>";
        assertThrows(SAXException.class, () -> validate(xml));
    }

    @Test
    void oneTestCasePerClusterAndPropertyWithCountsThatAddUp() throws Exception {
        Document document = parse(report(List.of(Reports.verify(Reports.example("15-multi-cluster-prod-staging.netroute")),
                Reports.verify(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute")))));
        Element root = document.getDocumentElement();
        assertEquals("9", root.getAttribute("tests"), "2 + 1 clusters x 3 properties");
        assertEquals("2", root.getAttribute("failures"), "staging and factory are unreachable");
        assertEquals("0", root.getAttribute("errors"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element multi = (Element) suites.item(0);
        assertEquals("6", multi.getAttribute("tests"));
        assertEquals("1", multi.getAttribute("failures"));
        assertEquals(6, multi.getElementsByTagName("testcase").getLength());
        Element staging = (Element) multi.getElementsByTagName("testcase").item(3);
        assertEquals("15-multi-cluster-prod-staging.staging", staging.getAttribute("classname"));
        assertEquals("reachability", staging.getAttribute("name"));
        assertEquals(1, staging.getElementsByTagName("failure").getLength());
    }

    @Test
    void violationIsAFailureWhoseMessageIsTheCounterexample() throws Exception {
        Document document = parse(report(List.of(Reports.verify(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute")))));
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertEquals("DENIED", failure.getAttribute("type"));
        String message = failure.getAttribute("message");
        assertTrue(message.startsWith("app-1 -> cache-1: DENIED at dist-router"), message);
        assertTrue(failure.getTextContent().contains("fails here: DENIED"), failure.getTextContent());
        Element testCase = (Element) failure.getParentNode();
        assertEquals("reachability", testCase.getAttribute("name"));
    }

    @Test
    void fileWithErrorsIsOneErroredCaseNamingLineAndColumn() throws Exception {
        Document document = parse(report(List.of(Reports.verifyText(BROKEN, "broken.netroute"))));
        Element root = document.getDocumentElement();
        assertEquals("1", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("errors"));
        Element error = (Element) document.getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").matches("broken\\.netroute:6:\\d+: error: .*"),
                error.getAttribute("message"));
    }
}
