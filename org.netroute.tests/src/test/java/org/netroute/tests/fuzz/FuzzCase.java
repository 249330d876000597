package org.netroute.tests.fuzz;

/**
 * One input of a fuzzing run: the .netroute text and how it was made (generator, seed, mutations),
 * which a failure names so that it can be reproduced.
 */
public record FuzzCase(String origin, String text) {
}
