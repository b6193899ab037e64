package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

/** Text replies survive a write-then-parse round trip, and truncation keeps its promises. */
class XmlPropertyTest {

  record Reply(String to, String from, long createTime, String content) {}

  record Budgeted(String text, int budget) {}

  @Test
  void textReplyParsesBackToTheCleanedContent() {
    Property.forAll(
        10L,
        1000,
        r -> new Reply(Gen.id(r), Gen.id(r), r.nextInt() & 0x7fffffffL, Gen.utf16(r, 1000)),
        reply -> {
          String xml =
              ReplyXml.textReply(reply.to(), reply.from(), reply.createTime(), reply.content());
          InboundMessage parsed = WeChatXml.parse(xml);

          assertThat(parsed.toUser()).isEqualTo(ReplyText.xmlSafe(reply.to()));
          assertThat(parsed.fromUser()).isEqualTo(ReplyText.xmlSafe(reply.from()));
          assertThat(parsed.createTime()).isEqualTo(reply.createTime());
          assertThat(parsed.msgType()).isEqualTo("text");
          assertThat(parsed.content()).contains(ReplyText.content(reply.content()));
          assertThat(parsed.otherFields()).isEmpty();
        });
  }

  @Test
  void wxJavaReadsTheSameContent() {
    Property.forAll(
        11L,
        300,
        r -> Gen.utf16(r, 800),
        content -> {
          String xml = ReplyXml.textReply("oUser", "gh_1", 1L, content);

          assertThat(WxMpXmlMessage.fromXml(xml).getContent())
              .isEqualTo(ReplyText.content(content));
        });
  }

  @Test
  void truncationFitsTheBudgetIsAPrefixAndIsValidUtf8() {
    Property.forAll(
        12L,
        1000,
        r -> Gen.utf16(r, 3000),
        raw -> {
          String clean = ReplyText.xmlSafe(raw);
          String cut = ReplyText.content(raw);
          byte[] bytes = strictUtf8(cut);

          assertThat(bytes.length).isLessThanOrEqualTo(ReplyText.MAX_CONTENT_BYTES);
          assertThat(clean).startsWith(cut);
          if (strictUtf8(clean).length <= ReplyText.MAX_CONTENT_BYTES) {
            assertThat(cut).isEqualTo(clean);
          } else {
            // no more than one sentence's worth of budget is given up
            assertThat(bytes.length).isGreaterThanOrEqualTo(ReplyText.MAX_CONTENT_BYTES / 2);
          }
          assertThat(WeChatXml.parse(ReplyXml.textReply("o", "gh", 1L, raw)).content())
              .contains(cut);
        });
  }

  @Test
  void truncationToAnyBudgetNeverSplitsACodePoint() {
    Property.forAll(
        13L,
        1000,
        r -> new Budgeted(Gen.unicode(r, 200), r.nextInt(700)),
        args -> {
          String text = args.text();
          int budget = args.budget();
          String cut = ReplyText.truncateUtf8(text, budget);

          assertThat(strictUtf8(cut).length).isLessThanOrEqualTo(budget);
          assertThat(text).startsWith(cut);
          if (cut.length() < text.length()) {
            int next = text.codePointAt(cut.length());
            assertThat(Character.isLowSurrogate(text.charAt(cut.length()))).isFalse();
            if (cut.isEmpty() || cut.codePoints().noneMatch(c -> "。！？；\n".indexOf(c) >= 0)) {
              assertThat(strictUtf8(cut).length + ReplyText.utf8Length(next)).isGreaterThan(budget);
            }
          }
        });
  }

  private static byte[] strictUtf8(String text) {
    try {
      var encoded =
          UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[encoded.remaining()];
      encoded.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid UTF-16: " + Property.show(text), e);
    }
  }
}
