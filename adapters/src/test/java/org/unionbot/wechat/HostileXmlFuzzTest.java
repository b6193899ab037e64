package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated XML fed to the parser: it returns a message or throws {@link
 * WeChatProtocolException}, never anything else, and never hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileXmlFuzzTest {
  private static final List<String> SEEDS =
      List.of(
          Fixtures.xml("text.xml"),
          Fixtures.xml("voice.xml"),
          Fixtures.xml("pic_weixin.xml"),
          Fixtures.xml("location_select.xml"),
          Fixtures.xml("pretty.xml"),
          Vectors.B2_PLAIN,
          Vectors.D2_PLAIN,
          "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>");

  private static final String PUNCTUATION = "<>&;\"'/![]?=\u0000";

  private static final List<String> TOKENS =
      List.of(
          "<!DOCTYPE xml [<!ENTITY e \"x\">]>",
          "<!DOCTYPE xml SYSTEM \"file:///etc/passwd\">",
          "<!ENTITY % p SYSTEM \"http://127.0.0.1:1/\">",
          "%p;",
          "<!ELEMENT xml ANY>",
          "&e;",
          "&amp;",
          "&lt;",
          "&#0;",
          "&#xD800;",
          "&#x1F600;",
          "&#99999999;",
          "<![CDATA[",
          "]]>",
          "<xml>",
          "</xml>",
          "<",
          ">",
          "</",
          "/>",
          "=",
          "\"",
          "<?xml version=\"1.0\" encoding=\"GBK\"?>",
          "<?pi x?>",
          "<!--",
          "-->",
          " a=\"1\"",
          " xmlns:a=\"urn:a\"",
          "<a:b>",
          "<MsgType>text</MsgType>",
          "<CreateTime>x</CreateTime>",
          "<Content>",
          "</Content>",
          "<a><a><a><a><a>",
          "\u0000",
          "\uFFFE",
          "\uD800",
          "\uFEFF",
          "工");

  @Test
  void mutatedXmlStringsAreParsedOrRefusedCleanly() {
    Property.forAll(
        20L, 1000, HostileXmlFuzzTest::mutate, HostileXmlFuzzTest::assertParsesOrRefuses);
  }

  @Test
  void mutatedUtf8BodiesAreParsedOrRefusedCleanly() {
    Property.forAll(
        21L,
        1000,
        r -> {
          byte[] bytes = mutate(r).getBytes(UTF_8);
          for (int i = r.nextInt(3); i > 0 && bytes.length > 0; i--) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
          }
          return bytes;
        },
        body -> {
          assertOutcome(() -> WeChatXml.parse(body));
          assertOutcome(() -> WeChatXml.parseEncrypt(body));
        });
  }

  @Test
  void randomTokenSoupIsParsedOrRefusedCleanly() {
    Property.forAll(
        22L,
        1000,
        r -> {
          StringBuilder soup = new StringBuilder();
          for (int i = r.nextInt(30); i >= 0; i--) {
            soup.append(r.nextBoolean() ? pick(r, TOKENS) : Gen.utf16(r, 5));
          }
          return soup.toString();
        },
        HostileXmlFuzzTest::assertParsesOrRefuses);
  }

  private static void assertParsesOrRefuses(String xml) {
    assertOutcome(() -> WeChatXml.parse(xml));
    assertOutcome(() -> WeChatXml.parseEncrypt(xml));
  }

  private static void assertOutcome(Supplier<Object> parse) {
    try {
      assertThat(parse.get()).isNotNull();
    } catch (WeChatProtocolException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  /** One of the seeds with a few edits, half of them between elements to keep some valid. */
  private static String mutate(Random r) {
    StringBuilder xml = new StringBuilder(pick(r, SEEDS));
    int edits = r.nextInt(3) == 0 ? 2 + r.nextInt(4) : 1;
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(xml.length() + 1);
      if (r.nextBoolean()) {
        at = xml.indexOf(">", at) + 1; // 0 when there is no later '>'
      }
      int to = Math.min(xml.length(), at + r.nextInt(40));
      switch (r.nextInt(8)) {
        case 0 -> xml.delete(at, to);
        case 6, 7 -> xml.insert(at, wellFormedElement(r));
        case 1 -> xml.insert(at, pick(r, TOKENS));
        case 2 -> xml.insert(at, xml.substring(at, to).repeat(1 + r.nextInt(3)));
        case 3 -> xml.insert(at, Gen.utf16(r, 6));
        case 4 -> xml.setLength(at);
        default -> {
          if (at < xml.length()) {
            xml.setCharAt(at, PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
          }
        }
      }
    }
    return xml.toString();
  }

  private static String wellFormedElement(Random r) {
    String name = "F" + r.nextInt(5);
    String text = ReplyText.xmlSafe(Gen.utf16(r, 8));
    return r.nextBoolean()
        ? "<" + name + ">" + ReplyText.cdata(text) + "</" + name + ">"
        : "<" + name + ">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</" + name + ">";
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
