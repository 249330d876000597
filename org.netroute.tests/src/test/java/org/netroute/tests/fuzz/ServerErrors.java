package org.netroute.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Errors the language server logged: a failure inside a notification (didOpen, didChange) reaches
 * no caller, Xtext only logs it, so the fuzzer listens to the log to see it.
 */
final class ServerErrors extends AppenderSkeleton {

    private final List<String> errors = new ArrayList<>();

    @Override
    protected synchronized void append(LoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            String thrown = event.getThrowableInformation() == null ? ""
                    : "\n" + String.join("\n", event.getThrowableStrRep());
            errors.add(event.getLoggerName() + ": " + event.getRenderedMessage() + thrown);
        }
    }

    /** The errors logged since the last call. */
    synchronized List<String> take() {
        List<String> taken = List.copyOf(errors);
        errors.clear();
        return taken;
    }

    @Override
    public void close() {
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
