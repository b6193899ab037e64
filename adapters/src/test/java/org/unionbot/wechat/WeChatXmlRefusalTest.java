package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile XML is refused with {@link WeChatProtocolException} (docs/WECHAT.md §6.1).
 */
class WeChatXmlRefusalTest {
  private static final String HEADER =
      "<ToUserName>gh_1</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime>";
  private static final String TEXT = "<xml>" + HEADER + "<MsgType>text</MsgType></xml>";

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("billion laughs", Fixtures.xml("billion-laughs.xml")),
        Arguments.of("internal DTD", "<!DOCTYPE xml [<!ELEMENT xml ANY>]>" + TEXT),
        Arguments.of("external DTD", "<!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/x.dtd\">" + TEXT),
        Arguments.of(
            "parameter entity",
            "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p\"> %p;]>" + TEXT),
        Arguments.of(
            "DOCTYPE behind a comment naming <xml>",
            "<!-- <xml> --><!DOCTYPE xml [<!ENTITY e \"x\">]>" + TEXT.replace("gh_1", "&e;")),
        Arguments.of(
            "external DTD behind a comment naming <xml>",
            "<!-- <xml> --><!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/x.dtd\">" + TEXT),
        Arguments.of("truncated DOCTYPE", "<?xml version=\"1.0\"?><!DOCTYPE xml [etc"),
        Arguments.of("undeclared entity", TEXT.replace("gh_1", "&xxe;")),
        Arguments.of(
            "too deep", TEXT.replace("</xml>", "<a><b><c><d><e>6</e></d></c></b></a></xml>")),
        Arguments.of("too many elements", TEXT.replace("</xml>", "<a/>".repeat(300) + "</xml>")),
        Arguments.of(
            "too big", TEXT.replace("</xml>", "<Pad>" + "x".repeat(70_000) + "</Pad></xml>")),
        Arguments.of(
            "too big in UTF-8", TEXT.replace("</xml>", "<P>" + "工".repeat(22_000) + "</P></xml>")),
        Arguments.of("truncated", TEXT.substring(0, TEXT.length() - 3)),
        Arguments.of("unclosed CDATA", TEXT.replace("o</From", "<![CDATA[o</From")),
        Arguments.of("mismatched tags", TEXT.replace("</MsgType>", "</Content>")),
        Arguments.of("two roots", TEXT + TEXT),
        Arguments.of("JSON body", "{\"ToUserName\":\"gh_1\",\"MsgType\":\"text\"}"),
        Arguments.of("empty body", ""),
        Arguments.of("success", "success"),
        Arguments.of("root not xml", TEXT.replace("<xml>", "<root>").replace("</xml>", "</root>")),
        Arguments.of(
            "root with prefix", TEXT.replace("<xml>", "<a:xml>").replace("</xml>", "</a:xml>")),
        Arguments.of("missing MsgType", "<xml>" + HEADER + "</xml>"),
        Arguments.of("blank MsgType", "<xml>" + HEADER + "<MsgType> </MsgType></xml>"),
        Arguments.of("missing FromUserName", TEXT.replace("<FromUserName>o</FromUserName>", "")),
        Arguments.of("missing ToUserName", TEXT.replace("<ToUserName>gh_1</ToUserName>", "")),
        Arguments.of("missing CreateTime", TEXT.replace("<CreateTime>1</CreateTime>", "")),
        Arguments.of("CreateTime not a number", TEXT.replace(">1<", ">yesterday<")),
        Arguments.of("CreateTime negative", TEXT.replace(">1<", ">-1<")),
        Arguments.of("CreateTime overflows", TEXT.replace(">1<", ">99999999999999999999<")),
        Arguments.of(
            "duplicate Content",
            TEXT.replace("</xml>", "<Content>a</Content><Content>b</Content></xml>")),
        Arguments.of(
            "duplicate FromUserName",
            TEXT.replace("</xml>", "<FromUserName>x</FromUserName></xml>")),
        Arguments.of("illegal control character", TEXT.replace("gh_1", "gh_\u0001")),
        Arguments.of("illegal character reference", TEXT.replace("gh_1", "gh_&#0;")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refuses(String description, String xml) {
    assertThatThrownBy(() -> WeChatXml.parse(xml)).isInstanceOf(WeChatProtocolException.class);
  }

  @Test
  void refusesAnExternalEntityPointingAtALocalFileWithoutReadingIt(@TempDir Path dir)
      throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><xml>"
            + HEADER.replace("gh_1", "&xxe;")
            + "<MsgType>text</MsgType><Content>&xxe;</Content></xml>";

    assertThatThrownBy(() -> WeChatXml.parse(xxe))
        .isInstanceOf(WeChatProtocolException.class)
        .hasMessageNotContaining("TOP-SECRET-42");
    assertThatThrownBy(() -> WeChatXml.parseEncrypt(xxe.replace("Content", "Encrypt")))
        .isInstanceOf(WeChatProtocolException.class)
        .hasMessageNotContaining("TOP-SECRET-42");
  }

  @Test
  void aTruncatedDoctypeLeavesNoTraceOnStandardError() {
    // JDK 17's DTD scanner prints an exception for this input if it ever gets to see it
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    try {
      assertThatThrownBy(() -> WeChatXml.parse("<?xml version=\"1.0\"?><!DOCTYPE xml [etc"))
          .isInstanceOf(WeChatProtocolException.class);
    } finally {
      System.setErr(stderr);
    }
    assertThat(captured.toString(UTF_8)).isEmpty();
  }

  @Test
  void doctypeAsMessageTextIsJustText() {
    String xml = TEXT.replace("</xml>", "<Content><![CDATA[<!DOCTYPE html>]]></Content></xml>");

    assertThat(WeChatXml.parse(xml).content()).contains("<!DOCTYPE html>");
  }

  @Test
  void refusesAnEnvelopeWithoutEncrypt() {
    assertThatThrownBy(() -> WeChatXml.parseEncrypt(TEXT))
        .isInstanceOf(WeChatProtocolException.class)
        .hasMessage("missing Encrypt");
  }

  @Test
  void refusesBodiesThatAreNotUtf8OrTooBig() {
    byte[] latin1 = TEXT.replace("gh_1", "gh_é").getBytes(ISO_8859_1);
    byte[] big = TEXT.replace("</xml>", " ".repeat(65_536) + "</xml>").getBytes(UTF_8);

    assertThatThrownBy(() -> WeChatXml.parse(latin1)).isInstanceOf(WeChatProtocolException.class);
    assertThatThrownBy(() -> WeChatXml.parse(big)).isInstanceOf(WeChatProtocolException.class);
    assertThatThrownBy(() -> WeChatXml.parseEncrypt(big))
        .isInstanceOf(WeChatProtocolException.class);
  }
}
