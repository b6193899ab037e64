package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The evaluation of small talk and referral lines ({@code smalltalk-eval.txt}): none gets the
 * not-found fallback, none is logged as unanswered, small talk gets its own kind and a referral
 * names the 12351 hotline.
 */
class SmallTalkEvalTest {

  private static final String NOT_FOUND = "没有找到";

  @TempDir Path data;

  @Test
  void noLineGetsNotFoundOrIsLoggedAsUnanswered() throws IOException {
    List<String> lines = lines();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
    List<String> logged = new CopyOnWriteArrayList<>();
    QuestionLog log =
        (q, a) -> {
          if (!a.answered() || a.lowConfidence()) {
            logged.add(q);
          }
        };
    try (ScoreStore scores = SqlScoreStore.open(data)) {
      Bot bot = new Bot(KnowledgeBase.bundled(), scores, Bot.Settings.defaults(), log);
      List<String> wrong = new ArrayList<>();
      int i = 0;
      for (String line : lines) {
        Reply r = bot.handle(new Message.Text("wechat:eval" + i++, line));
        boolean referral = r.kind() == Reply.Kind.FALLBACK && r.text().contains("12351");
        if (r.text().contains(NOT_FOUND) || !(r.kind() == Reply.Kind.SMALLTALK || referral)) {
          wrong.add(line + " → " + r.kind().wireName() + ": " + r.text());
        }
      }
      assertThat(wrong).isEmpty();
      assertThat(logged).isEmpty();
    }
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = SmallTalkEvalTest.class.getResourceAsStream("/smalltalk-eval.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }
}
