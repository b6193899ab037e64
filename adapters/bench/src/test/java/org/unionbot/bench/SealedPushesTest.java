package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.FullHttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionbot.wechat.InboundMessage;
import org.unionbot.wechat.MessageCrypto;
import org.unionbot.wechat.Signature;
import org.unionbot.wechat.WeChatXml;

/** The benchmark's encrypted pushes are what the server accepts, and their check is strict. */
class SealedPushesTest {
  private static final List<String> QUESTIONS = List.of("学深悟透分为几个步骤");

  private static String query(String target, String name) {
    for (String pair : target.substring(target.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + target);
  }

  @Test
  void aWeComPushIsSignedAndSealedWithTheCorpId() {
    SealedPushes.Exchange push = new SealedPushes(SealedPushes.Channel.WECOM, QUESTIONS, 42).next();
    FullHttpRequest request = push.request("127.0.0.1:1");
    String body = request.content().toString(UTF_8);
    request.release();
    MessageCrypto corp =
        new MessageCrypto(
            SealedPushes.WECOM_TOKEN, SealedPushes.WECOM_AES_KEY, SealedPushes.CORP_ID);

    String plain =
        corp.decrypt(
                query(push.target(), "msg_signature"),
                query(push.target(), "timestamp"),
                query(push.target(), "nonce"),
                WeChatXml.parseEncrypt(body))
            .plaintext();
    InboundMessage message = WeChatXml.parse(plain);

    assertThat(push.target()).startsWith("/wecom?");
    assertThat(message.toUser()).isEqualTo(SealedPushes.CORP_ID);
    assertThat(message.fromUser()).isEqualTo(push.user());
    assertThat(message.content()).contains(QUESTIONS.get(0));
  }

  @Test
  void aSafeModePushCarriesBothSignatures() {
    SealedPushes.Exchange push =
        new SealedPushes(SealedPushes.Channel.WECHAT_SAFE, QUESTIONS, 42).next();
    String ts = query(push.target(), "timestamp");
    String nonce = query(push.target(), "nonce");

    assertThat(push.target()).startsWith("/wechat?").contains("&encrypt_type=aes&");
    assertThat(Signature.verify(query(push.target(), "signature"), BenchRunner.TOKEN, ts, nonce))
        .isTrue();
  }

  @Test
  void onlyASignedReplyToTheSenderPasses() {
    SealedPushes.Exchange push = new SealedPushes(SealedPushes.Channel.WECOM, QUESTIONS, 42).next();
    String reply =
        "<xml><ToUserName><![CDATA["
            + push.user()
            + "]]></ToUserName><FromUserName><![CDATA["
            + SealedPushes.CORP_ID
            + "]]></FromUserName><CreateTime>1700000000</CreateTime>"
            + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[四个步骤]]></Content></xml>";
    String good = push.crypto().encryptReply(reply, "1700000000", "123");
    String toAnother = push.crypto().encryptReply(reply.replace(push.user(), "oOther"), "1", "2");

    assertThat(push.problem(200, good)).isEmpty();
    assertThat(push.problem(200, good.replace("<Nonce><![CDATA[123]]>", "<Nonce><![CDATA[124]]>")))
        .contains("the reply's signature or ciphertext does not hold");
    assertThat(push.problem(200, toAnother)).contains("reply to another user");
    assertThat(push.problem(200, reply)).contains("not an encrypted reply");
    assertThat(push.problem(403, "signature check failed")).contains("status 403");
  }
}
