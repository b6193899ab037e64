package org.unionbot.server;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

/**
 * The address of the client a request came from, for the admin rate limit and the audit log.
 *
 * <p>A request from loopback came through the local reverse proxy (nginx, see README "Running 3
 * nodes"), so the last address of its {@code X-Forwarded-For} is the client's: the one the proxy
 * appended, never one a client wrote itself (those stand to its left). A request from any other
 * address is answered by the connection's own address, whatever headers it carries. An entry that
 * is not an IP literal is ignored (never looked up in DNS).
 */
final class ClientAddress {
  private ClientAddress() {}

  /** The client's address (IP, no port), or "" when the connection has none. */
  static String of(SocketAddress peer, HttpHeaders headers) {
    if (!(peer instanceof InetSocketAddress socket) || socket.getAddress() == null) {
      return "";
    }
    String direct = socket.getAddress().getHostAddress();
    if (!socket.getAddress().isLoopbackAddress()) {
      return direct;
    }
    List<String> forwarded = headers.getAll("X-Forwarded-For");
    if (forwarded.isEmpty()) {
      return direct;
    }
    String last = forwarded.get(forwarded.size() - 1);
    String client = last.substring(last.lastIndexOf(',') + 1).strip();
    return NetUtil.isValidIpV4Address(client) || NetUtil.isValidIpV6Address(client)
        ? client
        : direct;
  }
}
