package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer writes the formatter's layout: formatting what it writes changes nothing. */
class FormattedOutputTest {

    @TempDir
    Path folder;

    @Test
    void formattingAnInferredImportChangesNothing() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "native",
                "ipv4-native-routing-cidr", "10.0.0.0/8", "auto-direct-node-routes", "false", "tunnel", "disabled")));
        dump.add(KubeDump.node("ip-10-1-1-5.ec2.internal", "10.1.1.5", "10.0.1.0/24", Map.of("rack", "a")));
        dump.add(KubeDump.node("1node", "10.1.2.5", "10.0.2.0/24", Map.of("rack", "a")));
        dump.add(KubeDump.node("pod", "10.1.2.6", "10.0.3.0/24", Map.of("rack", "b")));
        dump.add(KubeDump.endpoint("default", "web-1", "10.0.1.9", "10.1.1.5", 1));
        dump.add(KubeDump.endpoint("native", "1api", "10.0.2.9", "10.1.2.5", 2));
        dump.add(Bgp.peeringPolicy("rack-a", Map.of("rack", "a"), true, "10.1.2.1"));
        dump.add(Bgp.peeringPolicy("far", null, true, "10.9.9.9"));
        String text = Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList())));
        assertEquals(text, format(text));
    }

    @Test
    void formattingAnImportOnAnUnderlayChangesNothing() {
        Path underlay = Importing.write(folder, "underlay.netroute", """
                cluster dc1 { cilium { mtu: 9000 }
                  segment rack1 { gateway: 192.168.1.1 cidr: 192.168.1.0/24 }
                  router core { interface eth0 192.168.1.1 on rack1 route 0.0.0.0/0 drop route 10.9.0.0/16 via 192.168.1.254 }
                  firewall acl at core { deny udp port 8472 allow any } bgp { peer core } }
                """);
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        String text = Importing.text(Importing.run(Importing.request(Importing.write(folder, "dump.yaml", dump.yamlList()))
                .withUnderlay(underlay)));
        assertEquals(text, format(text));
    }

    private static String format(String text) {
        XtextResource resource = (XtextResource) Importing.INJECTOR.getInstance(XtextResourceSet.class)
                .createResource(URI.createURI("formatted.netroute"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ITextRegionAccess access = Importing.INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        FormatterRequest request = Importing.INJECTOR.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(access);
        List<ITextReplacement> replacements = Importing.INJECTOR.getInstance(IFormatter2.class).format(request);
        return access.getRewriter().renderToString(replacements);
    }
}
