package org.unionbot.server;

import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address of the client a request came from, for the rate limits and the audit log
 * (docs/operations.md "Client addresses").
 *
 * <p>A request from anywhere but a trusted proxy ({@link TrustedProxies}, setting {@code
 * trusted-proxies}) is the connection's own address, whatever headers it carries. A request from a
 * trusted proxy is the rightmost address of its {@code X-Forwarded-For} that is not itself a
 * trusted proxy: each proxy appends the address it got the request from, so the addresses to the
 * right of that one were written by proxies we trust, and those to its left by the client, who
 * could write anything. When every address is a trusted proxy, it is the leftmost. An entry that is
 * not an IP literal ends the walk at the last trusted address (never looked up in DNS).
 */
final class ClientAddress {
  private static final Logger LOG = LoggerFactory.getLogger(ClientAddress.class);
  private static final String HEADER = "X-Forwarded-For";

  /** Says, now and then, that a local proxy's header is ignored: a likely misconfiguration. */
  private static final LogEvery UNTRUSTED = new LogEvery(LOG, Duration.ofMinutes(10));

  private ClientAddress() {}

  /** Whether the connection comes from a trusted proxy, whose forwarding headers count. */
  static boolean viaTrustedProxy(SocketAddress peer, TrustedProxies trusted) {
    return peer instanceof InetSocketAddress socket
        && socket.getAddress() != null
        && trusted.contains(socket.getAddress());
  }

  /** The client's address (IP, no port), or "" when the connection has none. */
  static String of(SocketAddress peer, HttpHeaders headers, TrustedProxies trusted) {
    if (!(peer instanceof InetSocketAddress socket) || socket.getAddress() == null) {
      return "";
    }
    InetAddress direct = socket.getAddress();
    String client = TrustedProxies.text(direct.getAddress());
    if (!trusted.contains(direct)) {
      if (direct.isLoopbackAddress() && headers.contains(HEADER)) {
        UNTRUSTED.warn(
            "{} from {} ignored: it is not a trusted proxy. Behind a reverse proxy on this machine,"
                + " set trusted-proxies=127.0.0.1 (docs/operations.md \"Client addresses\")",
            HEADER,
            client);
      }
      return client;
    }
    List<String> lines = headers.getAll(HEADER);
    for (int line = lines.size() - 1; line >= 0; line--) {
      String[] hops = lines.get(line).split(",", -1);
      for (int i = hops.length - 1; i >= 0; i--) {
        byte[] hop = TrustedProxies.bytes(hops[i].strip());
        if (hop == null) {
          return client;
        }
        client = TrustedProxies.text(hop);
        if (!trusted.contains(hop)) {
          return client;
        }
      }
    }
    return client;
  }
}
