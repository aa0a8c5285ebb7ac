package dev.vigie.cli;

import dev.vigie.release.ReleaseInfo;
import picocli.CommandLine.IVersionProvider;

/** The pom's version, as the build recorded it ("dev" when the resources were not built by Maven). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Vigie " + ReleaseInfo.version()};
    }
}
