package org.unionbot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fast path reads what WeChat sends exactly as the full StAX parser does, and hands over
 * everything else: for generated documents, fair and hostile, whatever it accepts the full parser
 * reads to the same fields.
 */
class FlatXmlTest {
  private static final Set<String> UNIQUE = Set.of("ToUserName", "MsgId", "Content");
  private static final List<String> NAMES =
      List.of("ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "X_1");
  private static final List<String> SPACE = List.of("", "", "", " ", "\n", "\t", "\r\n", "\r");
  private static final List<String> ODD =
      List.of(
          "<!-- c -->",
          "<?pi x?>",
          "&amp;",
          "&#65;",
          "<Inner>1</Inner>",
          "<Empty/>",
          "<A b=\"1\">x</A>",
          "]]>",
          "<",
          "</xml>");

  @Test
  void whatTheFastPathAcceptsTheFullParserReadsTheSame() {
    AtomicInteger fast = new AtomicInteger();
    Property.forAll(
        21L,
        3000,
        FlatXmlTest::document,
        xml -> {
          Optional<Map<String, String>> flat = FlatXml.read(xml);
          if (flat.isPresent()) {
            fast.incrementAndGet();
            assertThat(HardenedXmlReader.readWithStax(xml, UNIQUE))
                .containsExactlyEntriesOf(flat.get());
          }
        });
    assertThat(fast.get()).as("documents read by the fast path").isGreaterThan(300);
  }

  @Test
  void readsAPushAsWeChatSendsIt() {
    String xml =
        "<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n<FromUserName><![CDATA[oU]]></FromUserName>"
            + "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[学深悟透 \uD83D\uDE00]]></Content><MsgId>1234567890123456</MsgId></xml>";

    assertThat(FlatXml.read(xml))
        .hasValueSatisfying(
            fields ->
                assertThat(fields)
                    .containsEntry("Content", "学深悟透 \uD83D\uDE00")
                    .containsEntry("MsgId", "1234567890123456")
                    .hasSize(6));
  }

  @Test
  void handsOverWhatItDoesNotRead() {
    for (String odd : ODD) {
      String xml = "<xml><Content>a" + odd + "b</Content></xml>";
      assertThat(FlatXml.read(xml)).as(xml).isEmpty();
    }
    assertThat(FlatXml.read("<xml><MsgId>1</MsgId><MsgId>2</MsgId></xml>")).isEmpty();
    assertThat(FlatXml.read("<?xml version=\"1.0\"?><xml><A>1</A></xml>")).isEmpty();
  }

  @Test
  void hostileDocumentsStillMeetTheFullParsersRefusals() {
    String repeated = "<xml><MsgId>1</MsgId><MsgId>2</MsgId></xml>";
    String nested = "<xml>" + "<a>".repeat(6) + "</a>".repeat(6) + "</xml>";

    assertThat(catchThrowable(() -> HardenedXmlReader.read(repeated, UNIQUE)))
        .isInstanceOf(WeChatProtocolException.class);
    assertThat(catchThrowable(() -> HardenedXmlReader.read(nested, UNIQUE)))
        .isInstanceOf(WeChatProtocolException.class);
  }

  /** A document of the simple shape, sometimes with an odd piece somewhere. */
  private static String document(Random r) {
    StringBuilder xml = new StringBuilder("<xml>");
    int fields = r.nextInt(8);
    for (int i = 0; i < fields; i++) {
      xml.append(pick(r, SPACE));
      String name = r.nextInt(10) == 0 ? NAMES.get(0) : NAMES.get(i % NAMES.size());
      xml.append('<').append(name).append('>');
      int parts = r.nextInt(3);
      for (int p = 0; p < parts; p++) {
        String text = Gen.utf16(r, 12);
        if (r.nextBoolean()) {
          xml.append("<![CDATA[").append(text.replace("]]>", "")).append("]]>");
        } else {
          xml.append(text.replace("<", "").replace("&", ""));
        }
      }
      if (r.nextInt(12) == 0) {
        xml.append(pick(r, ODD));
      }
      xml.append("</").append(name).append('>');
    }
    xml.append(pick(r, SPACE)).append("</xml>").append(pick(r, SPACE));
    return xml.toString();
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
