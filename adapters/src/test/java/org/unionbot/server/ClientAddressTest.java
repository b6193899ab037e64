package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * X-Forwarded-For is believed from trusted proxies only, and then only its rightmost address that
 * is not a trusted proxy.
 */
class ClientAddressTest {
  private static final TrustedProxies LOCAL_NGINX = TrustedProxies.parse("127.0.0.1, ::1");

  private static HttpHeaders forwardedFor(String... values) {
    HttpHeaders headers = new DefaultHttpHeaders();
    for (String value : values) {
      headers.add("X-Forwarded-For", value);
    }
    return headers;
  }

  private static InetSocketAddress peer(String ip) {
    return new InetSocketAddress(ip, 40000);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "127.0.0.1; 203.0.113.9; 203.0.113.9",
        "127.0.0.1; 198.51.100.1, 203.0.113.9; 203.0.113.9",
        "127.0.0.1;   203.0.113.9  ; 203.0.113.9",
        "::1; 2001:db8::7; 2001:db8::7",
        "::1; 203.0.113.9; 203.0.113.9",
        "127.0.0.1; 2001:DB8:0::7; 2001:db8::7",
        "127.0.0.1; ; 127.0.0.1",
        "127.0.0.1; 203.0.113.9, ; 127.0.0.1",
        "127.0.0.1; unknown; 127.0.0.1",
        "127.0.0.1; example.org; 127.0.0.1",
        "127.0.0.1; 203.0.113.9:4711; 127.0.0.1",
        "127.0.0.1; 127.0.0.1; 127.0.0.1",
        // not a trusted proxy: its header is ignored, loopback or not
        "127.0.0.2; 203.0.113.9; 127.0.0.2",
        "192.0.2.5; 203.0.113.9; 192.0.2.5",
        "0:0:0:0:0:0:0:2; 203.0.113.9; ::2",
      })
  void theProxysLastAddressFromATrustedProxyOnly(String peer, String header, String expected) {
    HttpHeaders headers = forwardedFor(header == null ? "" : header);

    assertThat(ClientAddress.of(peer(peer), headers, LOCAL_NGINX)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // a load balancer (10.0.0.0/8) in front of the local nginx: both appended an address
        "127.0.0.1; 203.0.113.9, 10.1.2.3; 203.0.113.9",
        "127.0.0.1; 198.51.100.1, 203.0.113.9, 10.1.2.3; 203.0.113.9",
        // the client wrote a trusted address itself: it stands left of the client's own
        "127.0.0.1; 10.9.9.9, 203.0.113.9, 10.1.2.3; 203.0.113.9",
        // every hop trusted: the farthest one
        "127.0.0.1; 10.7.7.7, 10.1.2.3; 10.7.7.7",
        // garbage where a trusted proxy's entry should be: the last address known to be true
        "127.0.0.1; 203.0.113.9, bogus, 10.1.2.3; 10.1.2.3",
        // a peer in the range counts too
        "10.3.3.3; 203.0.113.9; 203.0.113.9",
      })
  void theRightmostUntrustedAddressBehindSeveralProxies(
      String peer, String header, String expected) {
    TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");

    assertThat(ClientAddress.of(peer(peer), forwardedFor(header), proxies)).isEqualTo(expected);
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsNeverBelieved() {
    assertThat(
            ClientAddress.of(peer("127.0.0.1"), forwardedFor("203.0.113.9"), TrustedProxies.NONE))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void withoutTheHeaderItIsThePeer() {
    assertThat(ClientAddress.of(peer("127.0.0.1"), forwardedFor(), LOCAL_NGINX))
        .isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of(peer("192.0.2.5"), forwardedFor(), LOCAL_NGINX))
        .isEqualTo("192.0.2.5");
  }

  @Test
  void aRepeatedHeaderCountsAsOneListInItsOrder() {
    HttpHeaders headers = forwardedFor("203.0.113.1", "198.51.100.1, 203.0.113.9");

    assertThat(ClientAddress.of(peer("127.0.0.1"), headers, LOCAL_NGINX)).isEqualTo("203.0.113.9");
    assertThat(
            ClientAddress.of(
                peer("127.0.0.1"),
                forwardedFor("203.0.113.1", "10.1.1.1"),
                TrustedProxies.parse("127.0.0.1, 10.0.0.0/8")))
        .isEqualTo("203.0.113.1");
  }

  @Test
  void aConnectionWithoutAnIpAddressHasNone() {
    EmbeddedChannel channel = new EmbeddedChannel();
    try {
      assertThat(
              ClientAddress.of(channel.remoteAddress(), forwardedFor("203.0.113.9"), LOCAL_NGINX))
          .isEmpty();
    } finally {
      channel.finishAndReleaseAll();
    }
  }
}
