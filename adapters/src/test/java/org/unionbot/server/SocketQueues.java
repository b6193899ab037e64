package org.unionbot.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the kernel says about one loopback TCP connection, read from Linux's {@code /proc/net/tcp}
 * and {@code /proc/net/tcp6}: how many bytes each end has sent that the other has not acknowledged
 * ({@code tx_queue}) and how many it has received that its process has not read yet ({@code
 * rx_queue}). A test sees from it that a server has read a request, with no hook in the server.
 */
final class SocketQueues {
  private static final List<Path> TABLES =
      List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

  private SocketQueues() {}

  /** One end of a connection: its queues. */
  record End(long unacknowledged, long unread) {}

  /**
   * Whether the process listening on {@code serverPort} has read every byte the client on {@code
   * clientPort} sent: the client has nothing unacknowledged, and the server's end nothing unread.
   */
  static boolean serverHasRead(int serverPort, int clientPort) throws IOException {
    Optional<End> client = end(clientPort, serverPort);
    Optional<End> server = end(serverPort, clientPort);
    return client.isPresent()
        && server.isPresent()
        && client.get().unacknowledged() == 0
        && server.get().unread() == 0;
  }

  /** The end of the connection whose local port is {@code local} and remote port {@code remote}. */
  static Optional<End> end(int local, int remote) throws IOException {
    for (Path table : TABLES) {
      if (!Files.exists(table)) {
        continue;
      }
      for (String line : Files.readAllLines(table)) {
        // sl local_address rem_address st tx_queue:rx_queue ...; addresses are HEXIP:HEXPORT
        String[] f = line.trim().split("\\s+");
        if (f.length < 5 || !f[1].contains(":") || f[0].equals("sl")) {
          continue;
        }
        if (port(f[1]) == local && port(f[2]) == remote) {
          String[] queues = f[4].split(":");
          return Optional.of(new End(Long.parseLong(queues[0], 16), Long.parseLong(queues[1], 16)));
        }
      }
    }
    return Optional.empty();
  }

  private static int port(String address) {
    return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
  }
}
