package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Debian's nginx in front of the test's nodes, run with the shipped {@code
 * adapters/deploy/nginx/unionbot.conf}: its three upstream servers become the nodes' ports and its
 * {@code listen 80} a free loopback port. The main config (in a temporary folder, with the logs and
 * temp paths) adds one response header, {@code X-Unionbot-Upstream}, naming the node that answered.
 * A child process ({@code daemon off}); closing stops it with SIGTERM.
 *
 * <p>The binary: {@code -Dunionbot.nginx=PATH}, else {@code /usr/sbin/nginx}, which adapters'
 * pre-integration-test phase installs when missing (src/test/provision/debian-packages.sh). Still
 * missing, it fails the test with what to install.
 */
final class LocalNginx implements AutoCloseable {
  static final String UPSTREAM_HEADER = "X-Unionbot-Upstream";
  private static final Pattern UPSTREAM = Pattern.compile("server 127\\.0\\.0\\.1:808[123] ");

  private final Process process;
  private final Path dir;
  private final URI uri;

  private LocalNginx(Process process, Path dir, URI uri) {
    this.process = process;
    this.dir = dir;
    this.uri = uri;
  }

  /** Starts nginx in {@code dir} in front of the nodes on these ports; waits until it listens. */
  static LocalNginx start(Path dir, List<Integer> nodePorts) throws Exception {
    Path nginx = Path.of(System.getProperty("unionbot.nginx", "/usr/sbin/nginx"));
    if (!Files.isExecutable(nginx)) {
      throw new AssertionError(
          nginx
              + " is missing: ClusterIT needs Debian's nginx package. The test command (./mvnw -B"
              + " verify) installs it when it can (see its [provision] line; not with"
              + " -Dunionbot.provision.skip=true); otherwise run 'sudo apt-get install -y nginx',"
              + " or give -Dunionbot.nginx=PATH");
    }
    Files.createDirectories(dir.resolve("temp"));
    int port = freePort();
    Files.writeString(dir.resolve("unionbot.conf"), site(shipped(), port, nodePorts), UTF_8);
    Files.writeString(dir.resolve("nginx.conf"), main(dir), UTF_8);
    Process process =
        new ProcessBuilder(
                nginx.toString(),
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-g",
                "daemon off; pid " + dir.resolve("nginx.pid") + ";")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    LocalNginx started = new LocalNginx(process, dir, URI.create("http://127.0.0.1:" + port));
    started.awaitListening(port);
    return started;
  }

  URI uri() {
    return uri;
  }

  /** The error log so far, for failure messages. */
  String errors() throws IOException {
    Path log = dir.resolve("error.log");
    return Files.exists(log) ? Files.readString(log, UTF_8) : "";
  }

  /** The shipped site config. Tests run in the module's folder (or the project's). */
  static String shipped() throws IOException {
    for (Path candidate :
        List.of(
            Path.of("deploy/nginx/unionbot.conf"),
            Path.of("adapters/deploy/nginx/unionbot.conf"))) {
      if (Files.exists(candidate)) {
        return Files.readString(candidate, UTF_8);
      }
    }
    throw new AssertionError("adapters/deploy/nginx/unionbot.conf not found");
  }

  /** The shipped config with the nodes' ports and a loopback listen port. */
  static String site(String shipped, int port, List<Integer> nodePorts) {
    if (nodePorts.isEmpty() || nodePorts.size() > 3) {
      throw new IllegalArgumentException("1 to 3 nodes: " + nodePorts);
    }
    Matcher upstream = UPSTREAM.matcher(shipped);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (upstream.find()) {
      // fewer nodes than the example: the extra lines are commented out
      String replacement =
          i < nodePorts.size() ? "server 127.0.0.1:" + nodePorts.get(i) + " " : "# server ";
      upstream.appendReplacement(out, Matcher.quoteReplacement(replacement));
      i++;
    }
    upstream.appendTail(out);
    if (i != 3) {
      throw new AssertionError("the shipped config should name 3 upstream servers, not " + i);
    }
    String site = out.toString();
    if (!site.contains("    listen 80;\n")) {
      throw new AssertionError("the shipped config should listen on port 80");
    }
    return site.replace("    listen 80;\n", "    listen 127.0.0.1:" + port + ";\n");
  }

  private static String main(Path dir) {
    String temp = dir.resolve("temp").toString();
    return String.join(
        "\n",
        // as root the workers would run as nobody, who cannot write to the test's folder
        "root".equals(System.getProperty("user.name")) ? "user root;" : "",
        "worker_processes 1;",
        "error_log " + dir.resolve("error.log") + " info;",
        "events { worker_connections 1024; }",
        "http {",
        "  access_log " + dir.resolve("access.log") + ";",
        "  client_body_temp_path " + temp + "/body;",
        "  proxy_temp_path " + temp + "/proxy;",
        "  fastcgi_temp_path " + temp + "/fastcgi;",
        "  uwsgi_temp_path " + temp + "/uwsgi;",
        "  scgi_temp_path " + temp + "/scgi;",
        "  add_header " + UPSTREAM_HEADER + " $upstream_addr always;",
        "  include " + dir.resolve("unionbot.conf") + ";",
        "}",
        "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Waits, up to 30 s, until nginx accepts connections on {@code port}; fails at once if it exits.
   */
  private void awaitListening(int port) throws IOException {
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> listening(port));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("nginx did not listen within 30 s: " + errors(), e);
    }
  }

  /** Whether nginx accepts a connection on {@code port}; throws if it has exited. */
  private boolean listening(int port) throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "nginx exited ("
              + process.exitValue()
              + "): "
              + Files.readString(dir.resolve("nginx.out"), UTF_8)
              + errors());
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
