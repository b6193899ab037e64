package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/** A blank message gets a hint with an example question, even in a round (without a reminder). */
final class EmptyMessage implements Intent {

  private final Examples examples;

  EmptyMessage(Examples examples) {
    this.examples = examples;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return turn.text().isEmpty()
        ? Optional.of(examples.reply(Reply.Kind.HELP, Texts.EMPTY))
        : Optional.empty();
  }
}
