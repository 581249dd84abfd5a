package org.diac.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.diac.chain.network.ConnectionProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain goals before they reach a network: a document with errors fails the build naming file, line and rule
 * before anything is sent; without a network the build fails naming the connection profile it looked for.
 */
class ChainGoalsWithoutNetworkTest {

    @TempDir
    Path home;

    private <T extends ChainMojo> T configure(T mojo, Path basedir) {
        mojo.basedir = basedir.toFile();
        mojo.outputDirectory = home.resolve("out").toFile();
        mojo.home = home.toFile();
        return mojo;
    }

    @Test
    void publishWithoutANetworkFailsNamingTheConnectionProfileItLookedFor() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> configure(new PublishMojo(), Examples.shardingMaven()).execute());
        assertTrue(e.getMessage().contains("no connection profile at " + home.resolve("network")
                .resolve(ConnectionProfile.FILE_NAME)), e.getMessage());
    }

    @Test
    void aDocumentWithAnErrorIsNotPublishedAndTheBuildNamesFileLineAndRule() throws Exception {
        Path project = home.resolve("project");
        Path document = Files.createDirectories(project.resolve("src/main/diac")).resolve("net.diac");
        Files.writeString(document, Files.readString(Examples.shardingMaven().resolve("src/main/diac/sharding-maven.diac"))
                .replace("type: example.ShardWorker", "type: example.ShardWorkr"));
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> configure(new PublishMojo(), project).execute());
        assertTrue(e.getMessage().contains(document + ":128:13: error TOSCA-UNKNOWN-TYPE"), e.getMessage());
    }

    @Test
    void deployAndMapOnChainWithoutANetworkFailTheSameWay() {
        for (ChainMojo mojo : new ChainMojo[] { new DeployMojo(), new MapMojo(), new ExportMojo(), new PlanMojo() }) {
            MojoFailureException e = assertThrows(MojoFailureException.class,
                    () -> configure(mojo, Examples.shardingMaven()).execute());
            assertTrue(e.getMessage().contains("no connection profile at"), mojo.getClass() + ": " + e.getMessage());
        }
    }
}
