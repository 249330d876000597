package org.netroute.checker.alloy;

import java.time.Duration;

import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;

import org.netroute.checker.verify.Property;

/**
 * An {@link AlloyModule} parsed and type-checked by Alloy: parsing is about half the cost of a
 * concrete check, so the three properties share one parse.
 */
public record ParsedModule(AlloyModule module, CompModule world, Duration parseTime) {

    /** The name of the assertion netroute.als states a property as. */
    public static String assertion(Property property) {
        return switch (property) {
            case REACHABILITY -> "reachability";
            case NO_LOOP -> "noLoop";
            case MTU -> "mtu";
        };
    }

    /** The check command of a property. */
    public Command command(Property property) {
        String label = assertion(property);
        return world.getAllCommands().stream().filter(command -> command.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the module has no check of " + label));
    }
}
