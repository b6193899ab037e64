package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trusted-proxies setting: addresses and CIDR ranges, IPv4 and IPv6, literals only. */
class TrustedProxiesTest {
  private static final TrustedProxies PROXIES =
      TrustedProxies.parse("127.0.0.1, 10.0.0.0/8,192.168.7.128/25, ::1, 2001:db8:aa::/48");

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "127.0.0.2, false",
    "10.0.0.1, true",
    "10.255.255.255, true",
    "11.0.0.1, false",
    "192.168.7.128, true",
    "192.168.7.255, true",
    "192.168.7.127, false",
    "::1, true",
    "::2, false",
    "2001:db8:aa:ffff::1, true",
    "2001:db8:ab::1, false",
    "::ffff:10.1.2.3, true",
    "::ffff:11.1.2.3, false"
  })
  void matchesAddressesAndRanges(String address, boolean trusted) throws Exception {
    assertThat(PROXIES.contains(TrustedProxies.bytes(address))).isEqualTo(trusted);
    assertThat(PROXIES.contains(InetAddress.getByName(address))).isEqualTo(trusted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " , ,"})
  void nothingIsNone(String list) {
    assertThat(TrustedProxies.parse(list)).isEqualTo(TrustedProxies.NONE);
    assertThat(TrustedProxies.NONE.isEmpty()).isTrue();
    assertThat(TrustedProxies.NONE).hasToString("none");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/", "10.0.0.0/x", "1.2.3", "*"})
  void anythingButALiteralIsRefused(String entry) {
    assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1," + entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + entry + "' is not an IP address or CIDR range");
  }

  @ParameterizedTest
  @CsvSource({"0.0.0.0/0, 203.0.113.9", "::/0, 2001:db8::7"})
  void aZeroPrefixTrustsEveryAddressOfItsFamily(String range, String address) {
    assertThat(TrustedProxies.parse(range).contains(TrustedProxies.bytes(address))).isTrue();
  }
}
