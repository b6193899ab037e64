package org.unionbot.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.QuestionLog;
import org.unionbot.core.Reply;
import org.unionbot.core.TestBots;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/** The table's order of precedence: which intent handles a message, in which state. */
class IntentsTest {

  private static final String USER = "wechat:oPrecedence01";
  private static KnowledgeBase kb;

  @TempDir Path data;
  private SqlScoreStore scores;
  private Intents intents;
  private Bot.Settings settings;

  /** Where the user is when the message comes. */
  enum State {
    /** A new session: no answer, no suggestions, no round, nothing left open in the store. */
    FRESH,
    /** After a question the bot could not answer, which offered suggestions. */
    SUGGESTED,
    /** In a quiz round on this node. */
    IN_ROUND,
    /** A new session here, while a round another node ran (and died) is still open in the store. */
    LEFT_OPEN
  }

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  @BeforeEach
  void open() {
    scores = TestBots.scores(data);
    settings = TestBots.settings();
    intents = new Intents(kb, scores, QuestionLog.NONE, settings);
  }

  @AfterEach
  void close() {
    scores.close();
  }

  private Session session(State state) {
    Session session = new Session();
    switch (state) {
      case FRESH -> {}
      case SUGGESTED -> {
        Reply r = intents.reply(new Message.Text(USER, "今天天气怎么样"), session);
        assertThat(r.suggestions()).isNotEmpty();
      }
      case IN_ROUND -> intents.reply(new Message.Text(USER, "答题"), session);
      case LEFT_OPEN -> {
        Intents otherNode = new Intents(kb, scores, QuestionLog.NONE, settings);
        otherNode.reply(new Message.Text(USER, "答题"), new Session());
      }
    }
    return session;
  }

  /** {@code E:type:key} is an event; anything else is a text. */
  private static Message message(String m) {
    if (m.startsWith("E:")) {
      String[] p = m.split(":", 3);
      return new Message.Event(USER, p[1], p[2]);
    }
    return new Message.Text(USER, m);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          FRESH|E:subscribe:|Welcome
          FRESH|E:SUBSCRIBE:|Welcome
          IN_ROUND|E:subscribe:|Welcome
          FRESH|E:click:QUIZ|MenuKey
          FRESH|E:click:nope|MenuKey
          IN_ROUND|E:click:SCORE|MenuKey
          FRESH|E:view:https://example.org|OtherEvent
          FRESH|E:unsubscribe:|OtherEvent
          FRESH||EmptyMessage
          FRESH|   |EmptyMessage
          IN_ROUND|  |EmptyMessage
          LEFT_OPEN||EmptyMessage
          FRESH|帮助|CommandWord
          FRESH|HELP！|CommandWord
          FRESH|详细说说|CommandWord
          FRESH|出处。|CommandWord
          FRESH|跳过|CommandWord
          IN_ROUND|跳过|CommandWord
          IN_ROUND|出处|CommandWord
          IN_ROUND|积分|CommandWord
          LEFT_OPEN|详细说说|CommandWord
          LEFT_OPEN|答题|CommandWord
          IN_ROUND|B|RoundAnswer
          IN_ROUND|1|RoundAnswer
          IN_ROUND|职工书屋|RoundAnswer
          IN_ROUND|学深悟透分为几个步骤？|Question
          LEFT_OPEN|B|InterruptedRound
          LEFT_OPEN|职工书屋|InterruptedRound
          LEFT_OPEN|1|InterruptedRound
          LEFT_OPEN|学深悟透分为几个步骤|Question
          FRESH|1|NumberedPick
          SUGGESTED|1|NumberedPick
          SUGGESTED|第2个|NumberedPick
          SUGGESTED|三|NumberedPick
          FRESH|6|Question
          FRESH|B|Question
          SUGGESTED|今天天气怎么样|Question
          FRESH|要推进什么服务站建设|Question
          """)
  void theFirstRowThatHandlesAMessageReplies(State state, String text, String intent) {
    Session session = session(state);

    Intents.Routed routed = intents.route(Intents.turn(message(text == null ? "" : text), session));

    assertThat(routed.intent().getClass().getSimpleName()).isEqualTo(intent);
  }

  @Test
  void theInterruptionIsNotedOnceThenTheNextRowsTry() {
    Session session = session(State.LEFT_OPEN);

    Intents.Routed first = intents.route(Intents.turn(message("B"), session));
    Intents.Routed second = intents.route(Intents.turn(message("1"), session));

    assertThat(first.intent()).isInstanceOf(InterruptedRound.class);
    assertThat(second.intent()).isInstanceOf(NumberedPick.class);
  }

  @Test
  void theHelpTextListsTheCommandWordsAsItAlwaysHas() {
    assertThat(Texts.HELP)
        .isEqualTo(
            "我是工会学习助手，可以：\n"
                + "· 回答学习通知里的问题，直接发问题即可，例如：%s\n"
                + "· 发送“答题”或“测验”：每轮5道题，回复字母或答案，“跳过”“退出”随时可用\n"
                + "· 发送“积分”看我的成绩，“排行榜”看前10名\n"
                + "· 发送“错题”复习答错过的题，答对就移出错题本\n"
                + "· 发送“绑定单位 单位全称”加入本单位，“单位排行”看各单位成绩\n"
                + "· 发送“要点”看通知提纲；答完一问后发送“详细说说”看原段落，“出处”看原句");
    for (Command c : Command.values()) {
      assertThat(Command.named(c.words().get(0))).contains(c);
    }
  }

  @Test
  void theMenuKeysAreTheFourDefaultCommands() {
    assertThat(Intents.MENU_KEYS).containsExactly("QUIZ", "OUTLINE", "SCORE", "HELP");
    assertThat(Command.ofMenuKey("outline")).isEqualTo(Command.OUTLINE);
    assertThat(Command.ofMenuKey("SKIP")).isEqualTo(Command.HELP);
  }
}
