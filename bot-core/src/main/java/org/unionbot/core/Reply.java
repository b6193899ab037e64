package org.unionbot.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.unionbot.knowledge.Source;

/**
 * The bot's reply, as every channel renders it: WeChat as a passive text reply, the chat API as
 * JSON (DESIGN.md's shape). Immutable.
 *
 * @param kind what kind of reply it is
 * @param text the reply exactly as a user reads it; "" only for {@link Kind#NONE}
 * @param sources where an answer came from
 * @param suggestions questions the user could ask next, numbered in the text when offered
 */
public record Reply(Kind kind, String text, List<Source> sources, List<String> suggestions) {

  /** The kinds of DESIGN.md's chat API, plus {@link #NONE} for events that get no reply. */
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
  }

  /** A reply with text only. */
  public static Reply of(Kind kind, String text) {
    return new Reply(kind, text, List.of(), List.of());
  }

  /** The reply that is no reply. */
  public static Reply none() {
    return of(Kind.NONE, "");
  }
}
