package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The formatter is a fixed point that keeps every token and comment. */
class FormatterTest {

	private final LanguageFixture language = new LanguageFixture();

	static Stream<Path> examples() {
		return Examples.all().stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void formattingAnExampleIsStable(Path example) {
		String once = language.format(Examples.read(example));
		String twice = language.format(once);
		assertEquals(once, twice, example.toString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void formattingKeepsEveryTokenAndComment(Path example) {
		String original = Examples.read(example);
		String formatted = language.format(original);
		assertEquals(original.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""), example.toString());
		List<Issue> errors = language.errors(formatted);
		assertEquals(List.of(), errors, LanguageFixture.describe(errors));
	}

	@Test
	void crampedInputGetsTheCanonicalLayout() {
		String cramped = "cluster  prod{cilium{routing-mode :tunnel mtu:1500}segment rack1{cidr:192.168.1.0/24 mtu:1500}"
				+ "router gw{interface eth0 192.168.1.1 on rack1 route 10.9.0.0/16 drop}"
				+ "firewall acl at gw{deny udp port 8472 allow any}bgp{peer gw}"
				+ "node worker1{address:192.168.1.11 on rack1 pod-cidr:10.0.1.0/24 pod web 10.0.1.10}}"
				+ "cluster other{}";
		String expected = """
				cluster prod {
				    cilium {
				        routing-mode: tunnel
				        mtu: 1500
				    }
				    segment rack1 {
				        cidr: 192.168.1.0/24
				        mtu: 1500
				    }
				    router gw {
				        interface eth0 192.168.1.1 on rack1
				        route 10.9.0.0/16 drop
				    }
				    firewall acl at gw {
				        deny udp port 8472
				        allow any
				    }
				    bgp {
				        peer gw
				    }
				    node worker1 {
				        address: 192.168.1.11 on rack1
				        pod-cidr: 10.0.1.0/24
				        pod web 10.0.1.10
				    }
				}

				cluster other {
				}
				""";
		assertEquals(expected, language.format(cramped));
	}
}
