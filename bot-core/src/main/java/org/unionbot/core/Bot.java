package org.unionbot.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * The one entry point every channel uses: a {@link Message} in, a {@link Reply} out.
 *
 * <p>Routes, first match wins: menu events (subscribe → welcome, click → the key's action, other
 * events → no reply), commands (帮助/菜单/help), then questions to the knowledge base. Thread-safe.
 */
public final class Bot {

  /** The default menu keys; they always work. */
  public static final Set<String> MENU_KEYS = Set.of("QUIZ", "OUTLINE", "SCORE", "HELP");

  private static final Set<String> HELP_WORDS = Set.of("帮助", "菜单", "help", "?", "？", "使用说明", "怎么用");

  private final KnowledgeBase knowledge;

  public Bot(KnowledgeBase knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  public Reply handle(Message message) {
    Objects.requireNonNull(message, "message");
    if (message instanceof Message.Event e) {
      return event(e);
    }
    Message.Text t = (Message.Text) message;
    String text = t.text().strip();
    if (text.isEmpty()) {
      return Reply.of(Reply.Kind.HELP, Texts.EMPTY);
    }
    if (HELP_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return Reply.of(Reply.Kind.HELP, Texts.HELP);
    }
    return answer(knowledge.answer(text));
  }

  private Reply event(Message.Event e) {
    switch (e.type().toLowerCase(Locale.ROOT)) {
      case "subscribe":
        return Reply.of(Reply.Kind.WELCOME, Texts.WELCOME);
      case "click":
        return click(e.key());
      default:
        return Reply.none();
    }
  }

  private Reply click(String key) {
    return switch (key.toUpperCase(Locale.ROOT)) {
      case "HELP" -> Reply.of(Reply.Kind.HELP, Texts.HELP);
      case "QUIZ", "OUTLINE", "SCORE" -> Reply.of(Reply.Kind.HELP, Texts.COMING_SOON);
      default -> Reply.of(Reply.Kind.HELP, Texts.HELP);
    };
  }

  private static Reply answer(Answer a) {
    Reply.Kind kind = a.answered() ? Reply.Kind.ANSWER : Reply.Kind.FALLBACK;
    return new Reply(kind, a.text(), a.sources(), a.suggestions());
  }
}
