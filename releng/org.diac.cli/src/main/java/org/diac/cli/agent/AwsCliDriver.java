package org.diac.cli.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.diac.mapper.plan.Step;

/**
 * Operation scripts that drive a cloud with the AWS CLI (the {@code aws} driver; issue 11 item 5, MAPPER-DEPLOYER.md
 * §3.3): the scripts run as local processes, pointed at {@code endpoint} (a local EC2 emulator such as moto's
 * server, or a real region when none) through {@code AWS_ENDPOINT_URL} (also {@code DIAC_AWS_ENDPOINT}) and
 * {@code AWS_DEFAULT_REGION}. With an endpoint and no credentials in the agent's environment, the emulator's dummy
 * credentials are used. A script publishes the instance's address ({@code ipv4_addr}) and id as outputs.
 */
final class AwsCliDriver implements Driver {

    private final Driver scripts;
    private final String endpoint;
    private final String region;

    AwsCliDriver(Driver scripts, String endpoint, String region) {
        this.scripts = scripts;
        this.endpoint = endpoint;
        this.region = region;
    }

    @Override
    public Result run(Step step, Path implementation, Map<String, String> environment, Path workDir, Path log,
            Duration timeout) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_PAGER", "");
        if (endpoint != null) {
            env.put("AWS_ENDPOINT_URL", endpoint);
            env.put("DIAC_AWS_ENDPOINT", endpoint);
            if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
                env.put("AWS_ACCESS_KEY_ID", "testing");
                env.put("AWS_SECRET_ACCESS_KEY", "testing");
            }
        }
        return scripts.run(step, implementation, env, workDir, log, timeout);
    }

    @Override
    public String defaultAddress() {
        return null;
    }
}
