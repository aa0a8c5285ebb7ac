package dev.vigie.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Vigie " + (version == null ? "dev" : version)};
    }
}
