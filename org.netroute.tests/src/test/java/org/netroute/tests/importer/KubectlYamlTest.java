package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.importer.source.KubeObject;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * The fast reader of kubectl's YAML against the general parser it stands in for: on every text it
 * reads, it hands on exactly what the general parser hands on (values, lines, duplicate keys); on
 * the rest it declines; and a file source, which reads with it first and with the general parser
 * where it declined, always hands on what the general parser alone would.
 */
class KubectlYamlTest {

    @TempDir
    Path folder;

    /** Texts kubectl, helm and go-yaml write, each read by the fast reader and equal to the general reading. */
    static Stream<String> accepted() {
        return Stream.of(
                "apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n  labels: {}\n  taints: []\n",
                "apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata:\n    name: a\n- apiVersion: v1\n"
                        + "  kind: Node\n  metadata:\n    name: b\nkind: List\nmetadata:\n  resourceVersion: \"\"\n",
                "kind: A\nlist:\n  - x\n  - - nested\n    - more\n  -\n  - a: 1\n    b:\n    - c\n    d: ~\n",
                "kind: A\nplain: this is a long\n  value folded over\n\n  three lines\nnext: x\n",
                "kind: A\nsingle: 'it''s a ''quoted''   \n  value folded\n\n\n  again'\nnext: 'a: b # c'\n",
                "kind: A\ndouble: \"tab\\tnewline\\nquote\\\" slash\\\\ unicode \\u00e9\\U0001F600 hex\\x41\"\n",
                "kind: A\ndouble: \"escaped \\\n  break and \\\n  \\ space kept  \\\n  end\"\n",
                "kind: A\ndouble: \"folded   \n  line\\t  \n  \n  after a blank\"\n",
                "kind: A\nliteral: |\n  line one\n    indented\n\n  last\n\nstrip: |-\n  x\n\n\nkeep: |+\n  y\n\n\nz: 1\n",
                "kind: A\nnulls:\n  a:\n  b: null\n  c: Null\n  d: NULL\n  e: ~\n  f: ''\n  g: \"null\"\n  h: nulls\n",
                "# a comment\n---\n# only a comment\n---\nkind: A\n  # an indented comment\nb: 1 \n---\n---\nkind: B\n",
                "kind: A\n\"quoted key\": 1\n'single key': 2\nkey with spaces: 3\nurl: http://x:80/y\n:colon: -dash\n",
                "kind: A\nname: a\nname: b\nmetadata:\n  x: 1\n  x: 2\n",
                "kind: A\r\nmetadata:\r\n  name: crlf\r\n  labels:\r\n    k: v\r\n",
                "kind: A\rmetadata:\r  name: lone-cr\r",
                "kind: A\nunicode: N\u00e9 \u4e2d\u6587 'quotes\" inside\nempty_flow_after: {}   \n",
                "  kind: Indented\n  root: yes\n",
                "- kind: A\n- kind: B\n",
                "kind: A\nseq:\n- |\n  literal in a sequence\n- 'q'\n- \"d\"\n- plain\n  folded\n",
                "items:\n- kind: A\n  b: 1\n- kind: B\n  c: 2\nkind: List\n",
                // a \r\n whose \r is the last byte of the reader's first 64 KB
                "#" + "x".repeat((1 << 16) - 2) + "\r\nkind: A\r\nb: 1\r\n");
    }

    /** Texts outside the subset: the fast reader declines, and the file source still reads them as the general parser does. */
    static Stream<String> declined() {
        return Stream.of(
                "kind: A\nanchor: &a 1\nalias: *a\n",
                "kind: A\ntagged: !!str 1\n",
                "kind: A\nflow: {a: 1}\n",
                "kind: A\nflow: [1, 2]\n",
                "kind: A\nfolded: >\n  text\n",
                "kind: A\n\tb: tab\n",
                "kind: A\n...\n",
                "%YAML 1.2\n---\nkind: A\n",
                "just a scalar\n",
                "kind: A\nunclosed: 'quote\n",
                "kind: A\nbad: \"\\q\"\n",
                "kind: A\nb: c: d\n",
                "kind: A\nb: value # comment\n",
                "kind: A\n? complex\n: key\n",
                "kind: A\n  b: more indented\n",
                "kind: A\nliteral: |2\n   x\n",
                "kind: A\nliteral: |\n  the file's last line",
                "kind: A\nemoji: \ud83d\ude00\n",
                "\ufeffkind: A\n",
                "kind: A\nb:\n- 1\n - 2\n",
                "items:\n- kind: A\n- kind: B\n- kind: C\n  anchor: &x y\n",
                "items:\n- kind: A\n- kind: B\n  broken: [\n");
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void readsWhatKubectlWritesAsTheGeneralParserDoes(String text) {
        List<Object> general = YamlReadings.general(text);
        Optional<List<Object>> fast = YamlReadings.fast(text);
        assertTrue(fast.isPresent(), "declined:\n" + text);
        assertSameReading(general, fast.get(), text);
        assertSameReading(general, YamlReadings.viaFile(text, folder), text);
    }

    @ParameterizedTest
    @MethodSource("declined")
    void declinesTheRestAndTheFileSourceFallsBack(String text) {
        assertTrue(YamlReadings.fast(text).isEmpty(), "read, not declined:\n" + text);
        assertSameReading(YamlReadings.general(text), YamlReadings.viaFile(text, folder), text);
    }

    /** A decline after two objects of a list: the file source hands each object on once. */
    @Test
    void aDeclineHalfwayHandsEachObjectOnOnce() {
        String text = "items:\n- kind: A\n- kind: B\n- kind: C\n  anchor: &x y\n";
        List<Object> read = YamlReadings.viaFile(text, folder);
        assertEquals(List.of("A", "B", "C"), read.stream().map(call -> ((KubeObject) call).kind()).toList());
    }

    /** Cilium's dumps as kubectl and helm wrote them are read fast; its hand-written BGP file has flow collections. */
    @Test
    void readsCiliumsOwnDumpsAsTheGeneralParserDoes() throws IOException {
        for (String fixture : List.of("test/controlplane/node/ciliumnodes/v1.27/init.yaml",
                "test/controlplane/services/dualstack/v1.27/init.yaml", "install/kubernetes/quick-install.yaml",
                "contrib/containerlab/bgp-cplane-dev-v4/bgpp.yaml",
                "contrib/containerlab/bgpv2/auto-discovery/default-gateway/service/bgp.yaml")) {
            String text = Files.readString(Importing.fixture(fixture));
            List<Object> general = YamlReadings.general(text);
            assertTrue(general.size() >= 1, fixture);
            Optional<List<Object>> fast = YamlReadings.fast(text);
            assertEquals(!fixture.endsWith("/bgp.yaml"), fast.isPresent(), "read fast: " + fixture);
            if (fast.isPresent()) {
                assertSameReading(general, fast.get(), fixture);
            }
            assertSameReading(general, YamlReadings.viaFile(text, folder), fixture);
        }
    }

    /**
     * Generated dumps as kubectl writes them, larger than the reader's 64 KB buffer, with each kind of
     * line break (a \r\n split by the buffer's end among them) and a line of 200 KB.
     */
    @Test
    void readsTheGeneratedKubectlDumps() {
        KubeDump dump = new KubeDump();
        for (int n = 0; n < 200; n++) {
            String address = "10.0." + n / 250 + "." + (n % 250 + 1);
            dump.add(KubeDump.node("node-" + n, address, "10.244." + n + ".0/24", Map.of("zone", "z" + n % 3)))
                    .add(KubeDump.ciliumNode("node-" + n, address, "10.244." + n + ".0/24", Map.of()))
                    .add(KubeDump.endpoint("default", "web-" + n, "10.244." + n + ".10", address, n));
        }
        dump.add(KubeDump.ciliumConfig(Map.of("routing-mode", "native", "mtu", "9000", "cluster-name", "a b: c",
                "long", "x".repeat(200_000))));
        for (String text : List.of(dump.yamlList(), dump.yamlDocuments())) {
            for (String lineBreak : List.of("\n", "\r\n", "\r")) {
                String written = text.replace("\n", lineBreak);
                List<Object> general = YamlReadings.general(written);
                assertEquals(601, general.size());
                Optional<List<Object>> fast = YamlReadings.fast(written);
                assertTrue(fast.isPresent(), "declined");
                assertSameReading(general, fast.get(), written);
            }
        }
    }

    /**
     * Random trees written by snakeyaml-engine's emitter in every scalar style, indentation and line
     * width (narrow widths fold plain and quoted scalars over lines), with keys and values full of
     * YAML's indicators: wherever the fast reader reads, it agrees with the general parser.
     */
    @Test
    void agreesWithTheGeneralParserOnRandomlyWrittenYaml() {
        SplittableRandom random = new SplittableRandom(20261201L);
        ScalarStyle[] styles = {ScalarStyle.PLAIN, ScalarStyle.PLAIN, ScalarStyle.SINGLE_QUOTED, ScalarStyle.DOUBLE_QUOTED,
                ScalarStyle.LITERAL, ScalarStyle.FOLDED};
        int read = 0;
        int texts = 3_000;
        for (int i = 0; i < texts; i++) {
            DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                    .setDefaultScalarStyle(styles[random.nextInt(styles.length)]).setIndent(2 + random.nextInt(3))
                    .setWidth(random.nextBoolean() ? 80 : 10 + random.nextInt(30)).setExplicitStart(random.nextBoolean())
                    .build();
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("kind", "Random");
            root.put("metadata", map(random, 3));
            String text = new Dump(settings).dumpToString(root);
            List<Object> general = YamlReadings.general(text);
            Optional<List<Object>> fast = YamlReadings.fast(text);
            if (fast.isPresent()) {
                read++;
                assertSameReading(general, fast.get(), text);
            }
            assertSameReading(general, YamlReadings.viaFile(text, folder), text);
        }
        System.out.printf("KubectlYamlTest: the fast reader read %d of %d random texts%n", read, texts);
        assertTrue(read > texts / 5, "the fast reader read only " + read + " of " + texts);
    }

    /** Names the first thing handed on differently, and the text (shortened), instead of both whole readings. */
    static void assertSameReading(List<Object> expected, List<Object> actual, String text) {
        String shown = text.length() > 3_000 ? text.substring(0, 3_000) + "..." : text;
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "handed on differently at #" + i + " of:\n" + shown);
        }
        assertEquals(expected.size(), actual.size(), "handed on a different number of things from:\n" + shown);
    }

    private static Map<String, Object> map(SplittableRandom random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            map.put(string(random), value(random, depth));
        }
        return map;
    }

    private static Object value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 6 : 3);
        return switch (kind) {
            case 0, 1 -> string(random);
            case 2 -> random.nextInt(8) == 0 ? null : random.nextInt(1000);
            case 3 -> map(random, depth - 1);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    list.add(value(random, depth - 1));
                }
                yield list;
            }
        };
    }

    private static final String[] PIECES = {"a", "b", "node", "10.0.0.1", " ", "  ", ":", ": ", "#", " #", "-", "- ", "'", "\"",
            "\\", "\n", "\n\n", "é", "中", "{", "}", "[", "]", "|", ">", "*", "&", "!", "%", "@", "`", ",", "?", "~", "null",
            "true", "0x1F", "---", "...", "\t", "\r", "\u0085", "\u2028", "\ud83d\ude00", "a long word"};

    private static String string(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(7); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
