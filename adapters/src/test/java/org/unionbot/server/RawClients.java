package org.unionbot.server;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Raw TCP connections to a server, opened as an attacker opens them: each sends what the test says,
 * a byte at a time if need be, and one selector notices which ones the server closed and whether
 * any got a response. Not thread-safe: one test thread drives it.
 */
final class RawClients implements AutoCloseable {
  private final Selector selector;
  private final List<SocketChannel> channels = new ArrayList<>();
  private final Set<SocketChannel> closedByServer = new HashSet<>();
  private final ByteBuffer buffer = ByteBuffer.allocate(8192);
  private int responses;

  private RawClients(Selector selector) {
    this.selector = selector;
  }

  /** Opens {@code n} connections to the server at {@code base} (the handshake only). */
  static RawClients open(URI base, int n) throws IOException {
    RawClients clients = new RawClients(Selector.open());
    InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
    try {
      for (int i = 0; i < n; i++) {
        SocketChannel channel = SocketChannel.open(address);
        channel.configureBlocking(false);
        channel.register(clients.selector, SelectionKey.OP_READ);
        clients.channels.add(channel);
      }
    } catch (IOException e) {
      clients.close();
      throw e;
    }
    return clients;
  }

  /** Sends {@code text} on every connection the server has not closed. */
  void send(String text) throws IOException {
    byte[] bytes = text.getBytes(US_ASCII);
    for (SocketChannel channel : channels) {
      if (channel.isOpen() && !closedByServer.contains(channel)) {
        try {
          channel.write(ByteBuffer.wrap(bytes)); // a few bytes: the socket buffer takes them
        } catch (IOException e) {
          closedByServer.add(channel);
          channel.close();
        }
      }
    }
  }

  /**
   * Reads what arrives for {@code wait}: a window in which the test acts as a client that keeps its
   * connections open; notes closed connections and responses.
   */
  void poll(Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    long left;
    while ((left = deadline - System.nanoTime()) > 0) {
      if (selector.select(Math.max(1, left / 1_000_000)) > 0) {
        readSelected();
      }
    }
  }

  /**
   * Reads what has arrived so far, without waiting, noting closed connections and responses; for a
   * test's {@code await().until(...)}.
   */
  RawClients read() throws IOException {
    if (selector.selectNow() > 0) {
      readSelected();
    }
    return this;
  }

  private void readSelected() throws IOException {
    for (SelectionKey key : selector.selectedKeys()) {
      SocketChannel channel = (SocketChannel) key.channel();
      buffer.clear();
      int read;
      try {
        read = channel.read(buffer);
      } catch (IOException e) {
        read = -1; // reset by the server
      }
      if (read < 0) {
        closedByServer.add(channel);
        key.cancel();
        channel.close();
      } else if (read >= 5 && new String(buffer.array(), 0, 5, US_ASCII).equals("HTTP/")) {
        responses++;
      }
    }
    selector.selectedKeys().clear();
  }

  /** How many connections the server closed. */
  int closedByServer() {
    return closedByServer.size();
  }

  /** How many connections are still open. */
  int open() {
    return channels.size() - closedByServer.size() - closedByUs();
  }

  /** How many responses arrived (the start of one, on any connection). */
  int responses() {
    return responses;
  }

  /** Closes {@code n} connections that are still open, from this side. */
  void closeSome(int n) throws IOException {
    for (SocketChannel channel : channels) {
      if (n > 0 && channel.isOpen() && !closedByServer.contains(channel)) {
        channel.close();
        n--;
      }
    }
  }

  private int closedByUs() {
    int n = 0;
    for (SocketChannel channel : channels) {
      if (!channel.isOpen() && !closedByServer.contains(channel)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    for (SocketChannel channel : channels) {
      channel.close();
    }
    selector.close();
  }
}
