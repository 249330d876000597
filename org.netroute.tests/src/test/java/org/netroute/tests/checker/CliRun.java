package org.netroute.tests.checker;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.netroute.cli.NetRouteCommand;

/** One in-process run of the {@code netroute} command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NetRouteCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
