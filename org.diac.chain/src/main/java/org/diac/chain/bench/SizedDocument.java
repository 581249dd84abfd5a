package org.diac.chain.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A generated TOSCA document of about a given size, as the paper's Table IV uses "randomly generated
 * infrastructures" of 0.7 to 5.4 KB: compute nodes with host and OS capabilities and a dependency chain, so every
 * document has a topology module, capabilities and requirements to split and rebuild. The content is a function of
 * the size alone, so runs compare.
 */
public record SizedDocument(String label, int targetBytes, String name, String text) {

    /** The sizes of the paper's Table IV plus two larger ones (labels in KB, as the paper prints them). */
    public static final String[] TABLE_IV_SIZES = { "0.7", "1.1", "2.6", "3.3", "4.3", "5.4", "50", "500" };

    public int bytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code label} in KB ("0.7", "50"); the document's name on chain is {@code prefix-<label>kb}. */
    public static SizedDocument of(String label, String prefix) {
        int target = (int) Math.round(Double.parseDouble(label) * 1000);
        String name = prefix + "-" + label.replace('.', '_') + "kb";
        return new SizedDocument(label, target, name, generate(name, target));
    }

    /**
     * The document as revision {@code n}: the chain refuses to publish a document unchanged from its latest version,
     * so each measured import carries its own description line.
     */
    public String revision(int n) {
        return text.replace("description: generated", "description: revision " + n + " of a generated");
    }

    static String generate(String name, int targetBytes) {
        String head = "tosca_definitions_version: tosca_simple_yaml_1_3\n" + "metadata:\n  template_name: " + name
                + "\n  template_version: \"1.0\"\n";
        String description = "description: generated infrastructure of about " + targetBytes + " bytes";
        StringBuilder nodes = new StringBuilder(targetBytes + 512);
        nodes.append("topology_template:\n  node_templates:\n");
        StringBuilder next = new StringBuilder();
        for (int i = 0;; i++) {
            next.setLength(0);
            appendNode(next, i);
            if (i > 0 && head.length() + description.length() + 1 + nodes.length() + next.length() > targetBytes) {
                break;
            }
            nodes.append(next);
        }
        // the description takes up what is left, so each document has its size to a few bytes
        int pad = targetBytes - (head.length() + description.length() + 1 + nodes.length());
        String padded = pad > 1 ? description + " " + ".".repeat(pad - 1) : description;
        return head + padded + "\n" + nodes;
    }

    private static void appendNode(StringBuilder y, int i) {
        String node = String.format(Locale.ROOT, "server_%04d", i);
        y.append("    ").append(node).append(":\n");
        y.append("      type: tosca.nodes.Compute\n");
        y.append("      capabilities:\n");
        y.append("        host:\n          properties:\n");
        y.append("            num_cpus: ").append(1 + i % 8).append('\n');
        y.append("            mem_size: ").append(512 * (1 + i % 4)).append(" MB\n");
        y.append("        os:\n          properties:\n            type: linux\n");
        if (i > 0) {
            y.append("      requirements:\n");
            y.append(String.format(Locale.ROOT, "        - dependency: server_%04d%n", i - 1));
        }
    }
}
