package org.unionbot.server;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the server believes (setting {@code
 * trusted-proxies}, docs/operations.md "Client addresses"): IP addresses and CIDR ranges, IPv4 or
 * IPv6, such as {@code 127.0.0.1, 10.0.0.0/8, ::1}. Only literals: a host name is refused, never
 * looked up. An IPv4-mapped IPv6 address ({@code ::ffff:127.0.0.1}) is its IPv4 address. Immutable.
 */
public final class TrustedProxies {
  /** No proxy: every request is answered by its connection's own address. */
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  /** An address, or a range: the addresses that share its first {@code bits} bits. */
  private record Range(byte[] network, int bits, String text) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (address[whole] & mask) == (network[whole] & mask);
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Reads a comma-separated list; blank entries are skipped.
   *
   * @throws IllegalArgumentException naming the first entry that is not an IP address or CIDR range
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : list.split(",")) {
      String text = entry.strip();
      if (!text.isEmpty()) {
        ranges.add(range(text));
      }
    }
    return ranges.isEmpty() ? NONE : new TrustedProxies(ranges);
  }

  private static Range range(String text) {
    int slash = text.indexOf('/');
    byte[] address = bytes(slash < 0 ? text : text.substring(0, slash));
    if (address != null) {
      int max = address.length * 8;
      if (slash < 0) {
        return new Range(address, max, text);
      }
      String bits = text.substring(slash + 1);
      if (bits.matches("[0-9]{1,3}") && Integer.parseInt(bits) <= max) {
        return new Range(address, Integer.parseInt(bits), text);
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not an IP address or CIDR range (such as 127.0.0.1, 10.0.0.0/8, ::1)");
  }

  /**
   * The bytes of an IP literal (4 for IPv4 and IPv4-mapped IPv6, else 16), or null when {@code
   * literal} is not one. Never resolves a name.
   */
  static byte[] bytes(String literal) {
    byte[] address = NetUtil.createByteArrayFromIpAddressString(literal);
    if (address == null || literal.indexOf('%') >= 0) {
      return null; // not a literal, or an IPv6 zone
    }
    if (address.length == 16 && mappedIpv4(address)) {
      return Arrays.copyOfRange(address, 12, 16);
    }
    return address;
  }

  /** {@code address} in its usual text form: {@code 203.0.113.9}, {@code 2001:db8::7}. */
  static String text(byte[] address) {
    return NetUtil.bytesToIpAddress(address);
  }

  private static boolean mappedIpv4(byte[] address) {
    for (int i = 0; i < 10; i++) {
      if (address[i] != 0) {
        return false;
      }
    }
    return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
  }

  /** Whether no proxy is trusted. */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether {@code address} ({@link #bytes} of a literal) is a trusted proxy. */
  boolean contains(byte[] address) {
    for (Range range : ranges) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a connection from {@code address} comes from a trusted proxy. */
  boolean contains(InetAddress address) {
    byte[] raw = address.getAddress();
    return contains(raw.length == 16 && mappedIpv4(raw) ? Arrays.copyOfRange(raw, 12, 16) : raw);
  }

  /** The entries as configured, {@code none} when there are none. */
  @Override
  public String toString() {
    return ranges.isEmpty() ? "none" : String.join(", ", ranges.stream().map(Range::text).toList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrustedProxies that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
