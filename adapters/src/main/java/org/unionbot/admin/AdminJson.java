package org.unionbot.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unionbot.core.admin.Change;
import org.unionbot.core.admin.Document;
import org.unionbot.core.admin.DocumentInfo;
import org.unionbot.core.admin.Stats;
import org.unionbot.core.admin.Unanswered;
import org.unionbot.core.intent.Referral;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.answer.Faqs;
import org.unionbot.knowledge.quiz.QuizDifficulty;
import org.unionbot.knowledge.quiz.QuizEntry;
import org.unionbot.knowledge.quiz.QuizItem;

/** The admin API's JSON shapes (docs/api.md "Admin API"). Times are ISO-8601 instants in UTC. */
final class AdminJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AdminJson() {}

  /** An instant as ISO-8601 in UTC to the millisecond, as the database keeps it. */
  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  static String change(Change change, boolean withId) {
    ObjectNode out = JSON.createObjectNode();
    if (withId) {
      out.put("id", change.id());
    }
    return out.put("version", change.version()).toString();
  }

  static String documents(List<DocumentInfo> documents) {
    ArrayNode out = JSON.createArrayNode();
    for (DocumentInfo d : documents) {
      out.addObject()
          .put("id", d.id())
          .put("title", d.title())
          .put("chars", d.chars())
          .put("updatedAt", time(d.updatedAt()));
    }
    return out.toString();
  }

  static String preview(String title, String text, String format) {
    ObjectNode out =
        JSON.createObjectNode()
            .put("title", title)
            .put("text", text)
            .put("chars", text.length())
            .put("format", format);
    Outline.of(title, text).into(out.putObject("outline"));
    return out.toString();
  }

  static String document(Document d) {
    return JSON.createObjectNode()
        .put("id", d.id())
        .put("title", d.title())
        .put("text", d.text())
        .put("chars", d.text().length())
        .put("updatedAt", time(d.updatedAt()))
        .toString();
  }

  static String faqs(List<Faq> faqs) {
    ArrayNode out = JSON.createArrayNode();
    for (Faq f : faqs) {
      ObjectNode o =
          out.addObject().put("id", f.id()).put("question", f.question()).put("answer", f.answer());
      f.alternatives().forEach(o.putArray("alternatives")::add);
    }
    return out.toString();
  }

  static String synonyms(List<Synonym> synonyms) {
    ArrayNode out = JSON.createArrayNode();
    for (Synonym s : synonyms) {
      out.addObject().put("term", s.term()).put("canonical", s.canonical());
    }
    return out.toString();
  }

  /**
   * The quiz bank, each item with its answer statistics: {@code asked} (graded answers), {@code
   * rightShare} (their share right, null before the first) and {@code difficulty} ({@link
   * QuizDifficulty}: easy, medium or hard, medium for an item few have answered).
   */
  static String quiz(List<QuizEntry> entries, Map<String, ScoreStore.ItemStats> stats) {
    ArrayNode out = JSON.createArrayNode();
    for (QuizEntry e : entries) {
      QuizItem item = e.item();
      ObjectNode o =
          out.addObject()
              .put("id", item.id())
              .put("type", item.type().name().toLowerCase(Locale.ROOT))
              .put("prompt", item.prompt());
      item.options().forEach(o.putArray("options")::add);
      o.put("answer", item.answer());
      item.accepted().forEach(o.putArray("accepted")::add);
      o.put("source", item.source())
          .put("section", item.section())
          .put("doc", item.doc())
          .put("origin", e.origin().name().toLowerCase(Locale.ROOT))
          .put("enabled", e.enabled());
      ScoreStore.ItemStats st = stats.getOrDefault(item.id(), new ScoreStore.ItemStats(0, 0));
      o.put("asked", st.asked());
      if (st.asked() > 0) {
        o.put("rightShare", (double) st.right() / st.asked());
      } else {
        o.putNull("rightShare");
      }
      o.put("difficulty", QuizDifficulty.of(st.asked(), st.right()).label());
    }
    return out.toString();
  }

  static String unanswered(List<Unanswered> list, Function<String, List<Faqs.Match>> closest) {
    ArrayNode out = JSON.createArrayNode();
    for (Unanswered u : list) {
      ObjectNode o =
          out.addObject()
              .put("text", u.text())
              .put("count", u.count())
              .put("lastAt", time(u.lastAt()));
      matches(o.putArray("closest"), closest.apply(u.text()));
    }
    return out.toString();
  }

  /** {@code {"closest": [{"id","question","score"}]}}. */
  static String closest(List<Faqs.Match> matches) {
    ObjectNode out = JSON.createObjectNode();
    matches(out.putArray("closest"), matches);
    return out.toString();
  }

  private static void matches(ArrayNode out, List<Faqs.Match> matches) {
    for (Faqs.Match m : matches) {
      out.addObject()
          .put("id", m.faq().id())
          .put("question", m.faq().question())
          .put("score", Math.round(m.score() * 1000) / 1000.0);
    }
  }

  static String stats(Stats stats) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode days = out.putArray("days");
    for (Stats.Day d : stats.perDay()) {
      days.addObject()
          .put("day", d.day().toString())
          .put("questions", d.total())
          .put("answered", d.answered());
    }
    out.put("questions", stats.questions())
        .put("answered", stats.answered())
        .put("answeredShare", stats.answeredShare());
    ArrayNode top = out.putArray("topQuestions");
    for (Stats.TopQuestion q : stats.top()) {
      top.addObject().put("text", q.text()).put("count", q.count()).put("answered", q.answered());
    }
    ArrayNode unanswered = out.putArray("topUnanswered");
    for (Stats.TopQuestion q : stats.topUnanswered()) {
      unanswered
          .addObject()
          .put("text", q.text())
          .put("count", q.count())
          .put("unanswered", q.count() - q.answered());
    }
    out.putObject("quiz")
        .put("players", stats.quizPlayers())
        .put("rounds", stats.quizRounds())
        .put("answers", stats.quizAnswers())
        .put("correct", stats.quizCorrect())
        .put("accuracy", stats.quizAccuracy());
    out.put("droppedQuestions", stats.droppedQuestions());
    StatsNotes.into(out.putObject("explain"), stats);
    return out.toString();
  }

  /** {@code {"text":"…","custom":true|false}}: the stored line, else the bot's default. */
  static String referral(Optional<String> stored) {
    return JSON.createObjectNode()
        .put("text", stored.orElse(Referral.DEFAULT))
        .put("custom", stored.isPresent())
        .toString();
  }
}
