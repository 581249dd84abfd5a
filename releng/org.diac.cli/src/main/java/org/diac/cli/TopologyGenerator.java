package org.diac.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a TOSCA 1.3 topology of n node templates using normative types only, so that any TOSCA parser can
 * read it: hosts (Compute) and software components hosted on them, with properties, inputs and get_input.
 */
final class TopologyGenerator {

	private TopologyGenerator() {
	}

	static Path write(Path directory, int templates) throws IOException {
		Path file = directory.resolve("topology-" + templates + ".yaml");
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("tosca_definitions_version: tosca_simple_yaml_1_3\n");
			out.write("description: generated benchmark topology with " + templates + " node templates\n");
			out.write("topology_template:\n");
			out.write("  inputs:\n    cpus:\n      type: integer\n      default: 2\n");
			out.write("  node_templates:\n");
			int hosts = (templates + 1) / 2;
			for (int i = 0; i < hosts; i++) {
				out.write("    host" + i + ":\n");
				out.write("      type: tosca.nodes.Compute\n");
				out.write("      capabilities:\n        host:\n          properties:\n");
				out.write("            num_cpus: { get_input: cpus }\n");
				out.write("            mem_size: 2 GB\n");
			}
			for (int i = 0; i < templates - hosts; i++) {
				out.write("    app" + i + ":\n");
				out.write("      type: tosca.nodes.SoftwareComponent\n");
				out.write("      properties:\n        component_version: \"1." + (i % 10) + "\"\n");
				out.write("      requirements:\n        - host: host" + i + "\n");
			}
		}
		return file;
	}
}
