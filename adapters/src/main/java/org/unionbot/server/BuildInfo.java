package org.unionbot.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Which build this is, from the manifest of the jar it runs from ({@code Implementation-Version},
 * {@code Build-Time}, both written by the shade plugin); {@code dev} for each when not run from the
 * jar (the IDE, tests on target/classes).
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param buildTime when the jar was built, UTC, e.g. {@code 2026-12-04T00:30:01Z}
 */
record BuildInfo(String version, String buildTime) {

  /** What {@link #version} and {@link #buildTime} say outside a jar. */
  static final String DEV = "dev";

  /** The manifest attribute this reads {@link #buildTime} from. */
  static final Attributes.Name BUILD_TIME = new Attributes.Name("Build-Time");

  /** This process's build, read once. */
  static final BuildInfo CURRENT = read();

  private static BuildInfo read() {
    String version =
        Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse(DEV);
    return new BuildInfo(version, manifest().map(BuildInfo::buildTime).orElse(DEV));
  }

  private static String buildTime(Manifest manifest) {
    String time = manifest.getMainAttributes().getValue(BUILD_TIME);
    return time == null || time.isBlank() ? DEV : time;
  }

  /** The manifest of the jar that holds this class; empty outside a jar. */
  private static Optional<Manifest> manifest() {
    URL self = BuildInfo.class.getResource(BuildInfo.class.getSimpleName() + ".class");
    if (self == null || !"jar".equals(self.getProtocol())) {
      return Optional.empty();
    }
    String url = self.toString();
    try (InputStream in =
        URI.create(url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF")
            .toURL()
            .openStream()) {
      return Optional.of(new Manifest(in));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
