package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.score.SqlScoreStore;

/**
 * A bot that fails, for real: its score database has been closed under it, so "积分" (my score)
 * throws. WeChat users get a polite text reply instead of an HTTP error, the chat API a short JSON
 * 500, and the log says so once per message. Questions, which need no database, still work.
 */
class BotFailureIT {
  private static final String QUESTION = "学深悟透分为几个步骤";
  private static final String APOLOGY = "抱歉，系统暂时出了点问题，请稍后再试。";

  @TempDir static Path dir;
  private static UnionbotServer server;
  private static URI base;

  private final FakeWeChat wechat = new FakeWeChat();

  @BeforeAll
  static void start() throws IOException {
    SqlScoreStore scores = SqlScoreStore.open(dir);
    scores.close(); // the database is gone: every score lookup now fails
    Bot bot = new Bot(TestBot.BOT.knowledge(), scores);
    server =
        UnionbotServer.start(
            ServerConfig.loopback(dir, FakeWeChat.TOKEN).withWeChat(FakeWeChat.config()), bot);
    base = server.uri();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aWeChatUserGetsAnApologyAndARetryGetsTheSameWithoutAnotherError() throws Exception {
    String xml = FakeWeChat.text("oBroken", "积分");
    HttpResponse<String> first;
    HttpResponse<String> retry;
    try (LogCapture log = LogCapture.capture()) {
      first = Loopback.post(base, wechat.plaintext(xml).uri(), xml);
      retry = Loopback.post(base, wechat.plaintext(xml).uri(), xml);

      assertThat(log.messages(Level.ERROR)).hasSize(1);
      assertThat(log.messages(Level.ERROR).get(0)).contains("the bot failed");
    }

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
    WxMpXmlMessage reply = wechat.read(first.body());
    assertThat(reply.getMsgType()).isEqualTo("text");
    assertThat(reply.getToUser()).isEqualTo("oBroken");
    assertThat(reply.getFromUser()).isEqualTo(FakeWeChat.ACCOUNT);
    assertThat(reply.getContent()).isEqualTo(APOLOGY);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(wechat.read(retry.body()).getContent()).isEqualTo(APOLOGY);
    assertThat(Loopback.get(base, "/metrics").body()).contains("unionbot_bot_failures_total");
  }

  @Test
  void anEncryptedPushGetsAnEncryptedApology() throws Exception {
    FakeWeChat.Push push = wechat.safe(FakeWeChat.text("oBrokenSafe", "我的成绩"));

    HttpResponse<String> got = Loopback.post(base, push.uri(), push.body());

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(wechat.read(got.body()).getContent()).isEqualTo(APOLOGY);
  }

  @Test
  void theChatApiAnswersAShortJson500AndLogsItOnce() throws Exception {
    HttpResponse<String> got;
    try (LogCapture log = LogCapture.capture()) {
      got = Loopback.post(base, "/api/chat", "{\"user\":\"u1\",\"text\":\"积分\"}");

      // the stack trace on the event's one line
      assertThat(log.lines(Level.ERROR))
          .singleElement()
          .asString()
          .containsOnlyOnce("\n")
          .endsWith("\n")
          .contains(
              " - POST /api/chat -> 500 | java.lang.IllegalStateException: closed",
              " | at org.unionbot.");
    }

    assertThat(got.statusCode()).isEqualTo(500);
    assertThat(got.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(got.body()).isEqualTo("{\"error\":\"internal error\"}");
  }

  @Test
  void questionsStillGetTheirAnswers() throws Exception {
    String xml = FakeWeChat.text("oStillAsking", QUESTION);

    HttpResponse<String> got = Loopback.post(base, wechat.plaintext(xml).uri(), xml);

    assertThat(wechat.read(got.body()).getContent()).isEqualTo(TestBot.firstAnswer(QUESTION));
  }
}
