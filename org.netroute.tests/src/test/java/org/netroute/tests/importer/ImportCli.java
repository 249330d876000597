package org.netroute.tests.importer;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.netroute.cli.NetRouteCommand;

/** One in-process run of {@code netroute}: its exit code and what it printed on each stream. */
record ImportCli(int exitCode, String out, String err) {

    static ImportCli of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NetRouteCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new ImportCli(code, out.toString(), err.toString());
    }
}
