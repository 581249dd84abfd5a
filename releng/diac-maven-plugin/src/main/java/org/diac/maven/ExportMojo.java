package org.diac.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.mapper.instances.InstanceModelYaml;

/**
 * {@code diac:export}: the adopted state of each document: {@code NAME.yaml}, the latest version as the chain exports
 * it ({@code diac export NAME --resolve}), and {@code NAME.instances.yaml}, the instance model of the latest epoch (one
 * node template per slot with {@code group}, {@code operated_by}, and the {@code status} and {@code ipv4_addr} its
 * operator reported), checked through the language before it is written. With {@code seed}: the instance model of
 * an offline mapping ({@code diac map FILE --seed HEX --instances}).
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class ExportMojo extends ChainMojo {

    @Parameter(property = "diac.seed")
    String seed;

    @Parameter(property = "diac.epoch", defaultValue = "1")
    long epoch;

    @Override
    protected void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
        for (Path file : files) {
            String onChain = nameOf(file, files);
            String instances;
            if (seed != null) {
                instances = OfflineMapping.map("export", file, seed, epoch).yaml();
            } else {
                try (DiacLedger l = connect(null)) {
                    write(output(onChain + ".yaml"), l.export(onChain, 0, DiacLedger.Format.YAML, true));
                    org.diac.cli.chain.AdoptedState state = EpochState.read(l, onChain);
                    instances = InstanceModelYaml.write(state.model());
                    getLog().info("diac: " + onChain + " version " + state.version() + ", epoch " + state.epoch().epoch()
                            + ": " + state.allocation().assignments().size() + " instances");
                } catch (ChainException e) {
                    throw failure("export", onChain, e);
                }
            }
            OfflineMapping.requireValidModel("export", file, instances);
            write(output(onChain + ".instances.yaml"), instances);
        }
    }
}
