package org.unionbot.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Nodes ({@code serve} in child JVMs, started in parallel) with the same WeChat and admin tokens,
 * sharing one database when given one, behind {@link LocalNginx}. Each node has its own data
 * directory and logs under {@code dir}. Closing stops nginx, then the nodes.
 */
final class Cluster implements AutoCloseable {
  static final String ADMIN_TOKEN = "cluster-admin-token";

  final List<ServeProcess> nodes;
  final LocalNginx nginx;

  private Cluster(List<ServeProcess> nodes, LocalNginx nginx) {
    this.nodes = nodes;
    this.nginx = nginx;
  }

  /**
   * Starts {@code size} nodes and nginx in front of them.
   *
   * @param db the shared database's JDBC URL; empty: each node on its own SQLite file
   */
  static Cluster start(Path dir, int size, Optional<String> db) throws Exception {
    List<ServeProcess> nodes = new ArrayList<>();
    ExecutorService starting = Executors.newFixedThreadPool(size);
    try {
      List<Future<ServeProcess>> futures = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        Path node = dir.resolve("node" + i);
        List<String> args =
            new ArrayList<>(
                List.of(
                    "--wechat-token",
                    FakeWeChat.TOKEN,
                    "--admin-token",
                    ADMIN_TOKEN,
                    // behind nginx on loopback, as adapters/deploy/systemd/unionbot@.service says
                    "--trusted-proxies",
                    "127.0.0.1",
                    // what a cluster shares is the database; semantic recall is SemanticRecallIT's
                    "--semantic",
                    "off"));
        db.ifPresent(url -> args.addAll(List.of("--db", url)));
        futures.add(
            starting.submit(
                () ->
                    ServeProcess.serve(
                        node.resolve("logs"), node.resolve("data"), args.toArray(String[]::new))));
      }
      Throwable failed = null;
      for (Future<ServeProcess> future : futures) {
        try {
          nodes.add(future.get());
        } catch (Exception e) {
          failed = failed == null ? e.getCause() : failed;
        }
      }
      if (failed != null) {
        closeAll(nodes);
        throw new AssertionError("a node did not start: " + failed.getMessage(), failed);
      }
    } finally {
      starting.shutdown();
    }
    try {
      List<Integer> ports = nodes.stream().map(n -> n.uri().getPort()).toList();
      return new Cluster(List.copyOf(nodes), LocalNginx.start(dir.resolve("nginx"), ports));
    } catch (Exception | AssertionError e) {
      closeAll(nodes);
      throw e;
    }
  }

  /** Node {@code i}, counted from 1. */
  ServeProcess node(int i) {
    return nodes.get(i - 1);
  }

  /**
   * The node that answered, from nginx's {@code X-Unionbot-Upstream} header: {@code
   * 127.0.0.1:port}, or the nodes tried in turn ({@code a, b}), the last one answering.
   */
  int nodeAt(String upstream) {
    String answered = upstream.substring(upstream.lastIndexOf(',') + 1).strip();
    for (int i = 0; i < nodes.size(); i++) {
      if (answered.equals("127.0.0.1:" + nodes.get(i).uri().getPort())) {
        return i + 1;
      }
    }
    throw new AssertionError("not one node: " + upstream);
  }

  AdminClient admin(int node) {
    return new AdminClient(node(node).uri(), ADMIN_TOKEN);
  }

  URI front() {
    return nginx.uri();
  }

  @Override
  public void close() throws Exception {
    try {
      nginx.close();
    } finally {
      closeAll(nodes);
    }
  }

  private static void closeAll(List<ServeProcess> nodes) throws InterruptedException {
    for (ServeProcess node : nodes) {
      node.close();
    }
  }
}
