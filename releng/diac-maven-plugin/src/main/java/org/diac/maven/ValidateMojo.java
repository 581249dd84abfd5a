package org.diac.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code diac:validate}: {@code diac validate} on the project's documents; an error fails the build. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends DiacMojo {

    @Override
    protected void run(List<Path> files) throws MojoFailureException {
        Language.requireValid(files, getLog());
    }
}
