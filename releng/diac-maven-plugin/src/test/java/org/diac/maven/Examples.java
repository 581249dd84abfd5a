package org.diac.maven;

import java.nio.file.Path;

/** The repository's example Maven project (the surefire configuration gives the repository as diac.repo). */
final class Examples {

    /** A seed for offline mappings (32 bytes). */
    static final String SEED = "6d6f7265207468616e207468697274792074776f206279746573206172652069";

    private Examples() {
    }

    static Path shardingMaven() {
        return Path.of(System.getProperty("diac.repo", "../..")).resolve("examples/sharding-maven").toAbsolutePath()
                .normalize();
    }
}
