package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X-Forwarded-For is believed from the local proxy only, and only its last address. */
class ClientAddressTest {

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
        "127.0.0.2; 2001:db8::7; 2001:db8::7",
        "::1; 203.0.113.9; 203.0.113.9",
        "127.0.0.1; ; 127.0.0.1",
        "127.0.0.1; 203.0.113.9, ; 127.0.0.1",
        "127.0.0.1; unknown; 127.0.0.1",
        "127.0.0.1; example.org; 127.0.0.1",
        "127.0.0.1; 203.0.113.9:4711; 127.0.0.1",
        "192.0.2.5; 203.0.113.9; 192.0.2.5",
      })
  void theProxysLastAddressFromLoopbackOnly(String peer, String header, String expected) {
    HttpHeaders headers = forwardedFor(header == null ? "" : header);

    assertThat(ClientAddress.of(peer(peer), headers)).isEqualTo(expected);
  }

  @Test
  void withoutTheHeaderItIsThePeer() {
    assertThat(ClientAddress.of(peer("127.0.0.1"), forwardedFor())).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of(peer("192.0.2.5"), forwardedFor())).isEqualTo("192.0.2.5");
  }

  @Test
  void aRepeatedHeaderCountsByItsLastLine() {
    HttpHeaders headers = forwardedFor("203.0.113.1", "198.51.100.1, 203.0.113.9");

    assertThat(ClientAddress.of(peer("127.0.0.1"), headers)).isEqualTo("203.0.113.9");
  }

  @Test
  void aConnectionWithoutAnIpAddressHasNone() {
    EmbeddedChannel channel = new EmbeddedChannel();
    try {
      assertThat(ClientAddress.of(channel.remoteAddress(), forwardedFor("203.0.113.9"))).isEmpty();
    } finally {
      channel.finishAndReleaseAll();
    }
  }
}
