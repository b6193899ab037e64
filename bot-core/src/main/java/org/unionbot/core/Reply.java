package org.unionbot.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.knowledge.Source;

/**
 * The bot's reply, as every channel renders it: WeChat as a passive text reply, the chat API as
 * JSON (docs/DESIGN.md's shape). Immutable.
 *
 * @param kind what kind of reply it is
 * @param text the reply exactly as a user reads it; "" only for {@link Kind#NONE}
 * @param sources where an answer came from
 * @param suggestions questions the user could ask next, numbered in the text when offered
 * @param quiz the quiz question this reply asks, if any
 * @param grade how the user's last quiz answer was graded, if this reply grades one
 */
public record Reply(
    Kind kind,
    String text,
    List<Source> sources,
    List<String> suggestions,
    Optional<QuizCard> quiz,
    Optional<Grade> grade) {

  /**
   * The kinds of docs/DESIGN.md's chat API, {@link #SMALLTALK}, plus {@link #NONE} for events that
   * get no reply.
   */
  public enum Kind {
    ANSWER,
    FALLBACK,
    QUIZ,
    GRADE,
    SCORE,
    LEADERBOARD,
    HELP,
    WELCOME,
    POINTS,
    /**
     * A reply to small talk and manners (greetings, thanks, goodbyes, "你是谁", emoji, laughter, an
     * insult or nonsense): not a question to the knowledge base, never logged as unanswered.
     */
    SMALLTALK,
    /** A contest's leaderboard (排行榜 while a contest runs). */
    CONTEST,
    /** Units: binding (绑定单位), 我的单位, 设置昵称 and the unit leaderboard (单位排行). */
    UNIT,
    /** No reply at all (a WeChat "success"), e.g. for a VIEW or unsubscribe event. */
    NONE;

    /** The name the chat API uses ("answer", "fallback", ...). */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(grade, "grade");
  }

  /** A reply with no quiz question and no grade. */
  public Reply(Kind kind, String text, List<Source> sources, List<String> suggestions) {
    this(kind, text, sources, suggestions, Optional.empty(), Optional.empty());
  }

  /**
   * A quiz question as the chat API shows it.
   *
   * @param id the item id
   * @param type "choice" or "blank"
   * @param prompt the question
   * @param options "A. …" to "D. …" for a choice, empty for a blank
   * @param index its position in the round, from 1
   * @param total the round's length
   */
  public record QuizCard(
      String id, String type, String prompt, List<String> options, int index, int total) {
    public QuizCard {
      options = List.copyOf(options);
    }
  }

  /**
   * A graded answer.
   *
   * @param correct whether it was right
   * @param answer the right answer
   * @param explanation the source sentence
   * @param score the points the user has earned in this round so far
   */
  public record Grade(boolean correct, String answer, String explanation, int score) {}

  /** A reply with text only. */
  public static Reply of(Kind kind, String text) {
    return new Reply(kind, text, List.of(), List.of());
  }

  /** The reply that is no reply. */
  public static Reply none() {
    return of(Kind.NONE, "");
  }
}
