package org.unionbot.core.intent;

import java.util.Locale;
import java.util.Optional;
import org.unionbot.core.Reply;

/** A new follower (the subscribe event) is welcomed. */
final class Welcome implements Intent {

  private final Examples examples;

  Welcome(Examples examples) {
    this.examples = examples;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return turn.event()
        .filter(e -> e.type().toLowerCase(Locale.ROOT).equals("subscribe"))
        .map(e -> examples.reply(Reply.Kind.WELCOME, Texts.WELCOME));
  }
}
