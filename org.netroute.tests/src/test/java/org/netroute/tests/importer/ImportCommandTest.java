package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netroute import} on the command line: where the file and the summary go, and the exit codes. */
class ImportCommandTest {

    @TempDir
    Path folder;

    private Path dump() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "tunnel")));
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.node("worker-2", "192.168.1.12", "10.0.2.0/24", Map.of()));
        dump.add(KubeDump.endpoint("default", "web", "10.0.1.5", "192.168.1.11", 1));
        dump.add(KubeDump.endpoint("default", "db", "10.0.2.5", "192.168.1.12", 2));
        return Importing.write(folder, "dump.yaml", dump.yamlList());
    }

    @Test
    void withoutOutputTheFileGoesToStandardOutputAndTheSummaryToStandardError() {
        ImportCli run = ImportCli.of("import", dump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("cluster default {"), run.out());
        assertFalse(run.out().contains("netroute import:"), run.out());
        assertTrue(run.err().contains("netroute import: cluster default: 2 nodes, 2 pods, 1 segment (inferred)"), run.err());
    }

    @Test
    void anExistingOutputIsNeverOverwrittenWithoutForce() throws Exception {
        Path output = Importing.write(folder, "cluster.netroute", "// mine\n");
        ImportCli refused = ImportCli.of("import", dump().toString(), "-o", output.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("exists: give --force to overwrite it"), refused.err());
        assertEquals("// mine\n", Files.readString(output));
        ImportCli forced = ImportCli.of("import", dump().toString(), "-o", output.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(output).contains("node worker-1 {"));
    }

    @Test
    void verifyRunsOnTheWrittenFileAndGivesVerifysExitCode() {
        Path output = folder.resolve("out/cluster.netroute");
        ImportCli run = ImportCli.of("import", dump().toString(), "-o", output.toString(), "--verify");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("reachability") && run.out().contains("PROVED"), run.out());
    }

    @Test
    void verifyFindsWhatTheInferredUnderlayLacks() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.node("worker-2", "192.168.7.12", "10.0.2.0/24", Map.of()))
                .add(KubeDump.endpoint("default", "web", "10.0.1.5", "192.168.1.11", 1))
                .add(KubeDump.endpoint("default", "db", "10.0.2.5", "192.168.7.12", 2));
        ImportCli run = ImportCli.of("import", Importing.write(folder, "two.yaml", dump.yamlList()).toString(), "--verify");
        // two /24s and nothing between them: import says so, and verify finds the pods unreachable
        assertTrue(run.err().contains("nothing connects them"), run.err());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("// Imported by netroute import"), "standard output holds only the file");
    }

    @Test
    void segmentPrefixAndClusterNameAreTheUsers() {
        ImportCli run = ImportCli.of("import", dump().toString(), "--segment-prefix", "16", "--cluster", "lab.eu");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("cluster lab.eu {"), run.out());
        assertTrue(run.out().contains("cidr: 192.168.0.0/16"), run.out());
    }

    @Test
    void noSourceAtAllIsAnInputError() {
        ImportCli run = ImportCli.of("import");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give at least one SOURCE"), run.err());
    }

    @Test
    void errorsWriteNothingAndExitWithTwo() {
        Path output = folder.resolve("never.netroute");
        Path bad = Importing.write(folder, "bad.yaml", "kind: Node\nmetadata: {name: x\n");
        ImportCli run = ImportCli.of("import", bad.toString(), "-o", output.toString());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(output));
        assertTrue(run.err().contains("netroute import: error: " + bad + ":"), run.err());
        assertTrue(run.err().contains("nothing written: 1 error"), run.err());
    }
}
