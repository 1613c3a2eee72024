package io.floorwatch.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build wrote into {@code floorwatch-version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"Floorwatch " + version(), "Java " + System.getProperty("java.version")};
    }

    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/floorwatch-version.properties")) {
            if (in == null) {
                throw new IOException("floorwatch-version.properties is missing from the build");
            }
            properties.load(in);
        }
        return properties.getProperty("version");
    }
}
