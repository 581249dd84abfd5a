package org.diac.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.mapper.plan.CycleException;
import org.diac.mapper.plan.OperatorShare;
import org.diac.mapper.plan.Plan;
import org.diac.mapper.plan.PlanGenerator;
import org.diac.mapper.plan.PlanJson;
import org.diac.mapper.plan.PlanTable;
import org.diac.mapper.plan.PlanTopology;
import org.diac.mapper.plan.TreePlanTopology;
import org.diac.mapper.plan.UnknownOperatorException;

/**
 * {@code diac:plan}: the TOSCA lifecycle of the latest epoch's instance model in topological order, as {@code diac
 * plan} prints it: {@code NAME.plan.json} for all operators and {@code NAME.plan-OPERATOR.json} for each of
 * {@code operators} (its share, with waits for other operators' instances). With {@code seed}: of an offline mapping.
 */
@Mojo(name = "plan", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PlanMojo extends ChainMojo {

    @Parameter(property = "diac.seed")
    String seed;

    @Parameter(property = "diac.epoch", defaultValue = "1")
    long epoch;

    /** The operators whose shares are written and logged (default: none, only the whole plan). */
    @Parameter(property = "diac.operators")
    List<String> operators;

    @Override
    protected void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
        for (Path file : files) {
            String onChain = nameOf(file, files);
            Map<String, Object> model;
            if (seed != null) {
                model = OfflineMapping.map("plan", file, seed, epoch).model().toTree();
            } else {
                try (DiacLedger l = connect(null)) {
                    model = EpochState.read(l, onChain).model().toTree();
                } catch (ChainException e) {
                    throw failure("plan", onChain, e);
                }
            }
            try {
                PlanTopology topology = TreePlanTopology.read(model);
                Plan plan = PlanGenerator.deploy(topology);
                write(output(onChain + ".plan.json"), PlanJson.write(plan));
                getLog().info("diac: " + onChain + ": " + plan.steps().size() + " steps");
                for (String operator : operators == null ? List.<String>of() : operators) {
                    Plan share = OperatorShare.of(plan, topology, operator);
                    write(output(onChain + ".plan-" + operator + ".json"), PlanJson.write(share));
                    getLog().info("diac: " + operator + "'s share of " + onChain + ":\n" + PlanTable.write(share));
                }
            } catch (CycleException | UnknownOperatorException e) {
                throw new MojoFailureException("diac:plan " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
