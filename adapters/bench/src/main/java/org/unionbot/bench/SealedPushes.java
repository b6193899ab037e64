package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.handler.codec.http.FullHttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.unionbot.wechat.MessageCrypto;
import org.unionbot.wechat.Signature;
import org.unionbot.wechat.WeChatProtocolException;

/**
 * The encrypted pushes of issue 17's benchmark, for one channel: {@code /wechat} in safe mode (the
 * public account's AppID as the receive id) or {@code /wecom} (the corp id), each from a new user
 * with a new MsgId, cycling through the questions, encrypted and signed as WeChat and WeCom do.
 * Each reply must be a signed envelope that decrypts, with the server's keys, to a passive text
 * reply addressed to the push's sender ({@link ReplyCheck}). Not thread-safe.
 */
final class SealedPushes {
  /** Which endpoint the pushes go to. */
  enum Channel {
    WECHAT_SAFE,
    WECOM
  }

  static final String WECHAT_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final String APP_ID = "wxBench0123456789";
  static final String WECOM_TOKEN = "wecomBench42";
  static final String WECOM_AES_KEY = "Zk9XnQ2mC4bV7aL1tR8yW3eH6uJ0sD5fG2kP9qX4zMr";
  static final String CORP_ID = "wwBench0123456789";
  static final long AGENT_ID = 1000002;

  /** The {@code serve} flags that turn on both endpoints with the keys above. */
  static List<String> serveFlags() {
    return List.of(
        "--wechat-token", BenchRunner.TOKEN,
        "--wechat-aes-key", WECHAT_AES_KEY,
        "--wechat-app-id", APP_ID,
        "--wecom-corp-id", CORP_ID,
        "--wecom-token", WECOM_TOKEN,
        "--wecom-aes-key", WECOM_AES_KEY);
  }

  private final Channel channel;
  private final MessageCrypto crypto;
  private final String token;
  private final List<String> questions;
  private final long first;
  private long next;

  /**
   * @param first the first user number and MsgId; a new one per process keeps runs apart
   */
  SealedPushes(Channel channel, List<String> questions, long first) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.token = channel == Channel.WECOM ? WECOM_TOKEN : BenchRunner.TOKEN;
    this.crypto =
        channel == Channel.WECOM
            ? new MessageCrypto(WECOM_TOKEN, WECOM_AES_KEY, CORP_ID)
            : new MessageCrypto(BenchRunner.TOKEN, WECHAT_AES_KEY, APP_ID);
    this.questions = List.copyOf(questions);
    if (this.questions.isEmpty()) {
      throw new IllegalArgumentException("no questions");
    }
    this.first = first;
  }

  /** These pushes as a load's traffic, every connection taking the next one. */
  LoadRun.Traffic traffic() {
    return connection -> next();
  }

  /** The next push: encrypted, signed now. */
  Exchange next() {
    long n = first + next;
    String question = questions.get((int) (next % questions.size()));
    next++;
    String user = Pushes.openId(n);
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    String nonce = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000));
    String account = channel == Channel.WECOM ? CORP_ID : WeChatPush.ACCOUNT;
    String xml =
        "<xml><ToUserName><![CDATA["
            + account
            + "]]></ToUserName><FromUserName><![CDATA["
            + user
            + "]]></FromUserName><CreateTime>"
            + ts
            + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
            + question
            + "]]></Content><MsgId>"
            + n
            + "</MsgId>"
            + (channel == Channel.WECOM ? "<AgentID>" + AGENT_ID + "</AgentID>" : "")
            + "</xml>";
    String encrypt = crypto.encrypt(xml);
    String msgSignature = Signature.sign(token, ts, nonce, encrypt);
    String envelope =
        "<xml><ToUserName><![CDATA["
            + account
            + "]]></ToUserName><Encrypt><![CDATA["
            + encrypt
            + "]]></Encrypt>"
            + (channel == Channel.WECOM ? "<AgentID><![CDATA[" + AGENT_ID + "]]></AgentID>" : "")
            + "</xml>";
    String target =
        channel == Channel.WECOM
            ? "/wecom?msg_signature=" + msgSignature + "&timestamp=" + ts + "&nonce=" + nonce
            : "/wechat?signature="
                + Signature.sign(token, ts, nonce)
                + "&timestamp="
                + ts
                + "&nonce="
                + nonce
                + "&openid="
                + user
                + "&encrypt_type=aes&msg_signature="
                + msgSignature;
    return new Exchange(target, envelope.getBytes(UTF_8), user, crypto);
  }

  /** One push sent, and the check of its encrypted reply. */
  record Exchange(String target, byte[] body, String user, MessageCrypto crypto)
      implements LoadRun.Exchange {
    @Override
    public FullHttpRequest request(String host) {
      return LoadRun.post(host, target, "text/xml", body);
    }

    @Override
    public Optional<String> problem(int status, String body) {
      if (status != 200) {
        return Optional.of("status " + status);
      }
      Map<String, String> envelope = ReplyCheck.fields(body);
      if (envelope == null || !envelope.containsKey("Encrypt")) {
        return Optional.of("not an encrypted reply");
      }
      String plain;
      try {
        plain =
            crypto
                .decrypt(
                    envelope.get("MsgSignature"),
                    envelope.get("TimeStamp"),
                    envelope.get("Nonce"),
                    envelope.get("Encrypt"))
                .plaintext();
      } catch (WeChatProtocolException e) {
        return Optional.of("the reply's signature or ciphertext does not hold");
      }
      return ReplyCheck.problem(200, plain, Optional.of(user));
    }
  }
}
