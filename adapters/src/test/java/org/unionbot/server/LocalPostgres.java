package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the cluster tests: Debian's server binaries, a fresh data
 * directory in a temporary folder, listening on a free loopback port (and a socket in that folder),
 * {@code fsync=off}. PostgreSQL refuses to run as root, so as root every command runs as the {@code
 * postgres} user ({@code runuser}). Closing stops it (immediate shutdown) and deletes the folder.
 *
 * <p>The binaries: {@code -Dunionbot.pgbin=DIR}, else the newest {@code /usr/lib/postgresql/N/bin}.
 * Missing, the tests fail with the package to install.
 */
final class LocalPostgres implements AutoCloseable {
  static final String DATABASE = "unionbot";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final Process server;

  private LocalPostgres(Path bin, Path dir, int port, Process server) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.server = server;
  }

  /** initdb, start, wait until it accepts connections, create the database {@value #DATABASE}. */
  static LocalPostgres start() throws Exception {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("unionbot-pg-");
    if (asRoot()) {
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    Path data = dir.resolve("data");
    run(
        bin,
        dir,
        "initdb",
        "-D",
        data.toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync");
    int port = freePort();
    List<String> command =
        asPostgres(
            bin.resolve("postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            Integer.toString(port),
            "-k",
            dir.toString(),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=200");
    Process server =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("postgres.log").toFile())
            .start();
    LocalPostgres pg = new LocalPostgres(bin, dir, port, server);
    try {
      pg.awaitReady();
      run(
          bin,
          dir,
          "createdb",
          "-h",
          "127.0.0.1",
          "-p",
          Integer.toString(port),
          "-U",
          "postgres",
          DATABASE);
    } catch (Exception | AssertionError e) {
      pg.close();
      throw e;
    }
    return pg;
  }

  /** The JDBC URL of the database, for {@code serve --db}. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres";
  }

  int port() {
    return port;
  }

  /** Runs {@code psql -c SQL} on the database; its output (unaligned, tuples only). */
  String psql(String sql) throws Exception {
    return run(
            bin,
            dir,
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-U",
            "postgres",
            "-d",
            DATABASE,
            "-v",
            "ON_ERROR_STOP=1",
            "-At",
            "-c",
            sql)
        .strip();
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("postgres exited: " + log());
      }
      Process ready =
          new ProcessBuilder(
                  bin.resolve("pg_isready").toString(),
                  "-q",
                  "-h",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(port))
              .start();
      if (ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("postgres was not ready within a minute: " + log());
  }

  private String log() throws IOException {
    Path log = dir.resolve("postgres.log");
    return Files.exists(log) ? Files.readString(log, UTF_8) : "";
  }

  @Override
  public void close() throws Exception {
    try {
      if (server.isAlive()) {
        run(bin, dir, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
      }
    } catch (AssertionError e) {
      // already gone, or pg_ctl failed: the signal below ends it
    } finally {
      server.destroyForcibly();
      server.waitFor(20, TimeUnit.SECONDS);
      deleteTree(dir);
    }
  }

  private static Path binaries() throws IOException {
    String configured = System.getProperty("unionbot.pgbin");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var newest =
            versions
                .filter(v -> v.getFileName().toString().matches("\\d+"))
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      }
    }
    throw new AssertionError(
        "PostgreSQL's server binaries are missing: install Debian's postgresql package"
            + " (apt-get install -y postgresql), or give -Dunionbot.pgbin=DIR");
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static List<String> asPostgres(String... command) {
    List<String> line = new ArrayList<>();
    if (asRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    return line;
  }

  /** Runs one of the binaries as the cluster's owner, within a minute; its stdout. */
  private static String run(Path bin, Path dir, String tool, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("unionbot-pg-" + tool, ".txt");
    try {
      Process process =
          new ProcessBuilder(asPostgres(command.toArray(String[]::new)))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(tool + " did not finish within a minute");
      }
      String output = Files.readString(out, UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(tool + " failed (" + process.exitValue() + "): " + output);
      }
      return output;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
