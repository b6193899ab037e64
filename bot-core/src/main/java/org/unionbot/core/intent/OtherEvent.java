package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/** Any other event (unsubscribe, view, ...) gets no reply; every row after this one sees text. */
final class OtherEvent implements Intent {

  @Override
  public Optional<Reply> handle(Turn turn) {
    return turn.event().map(e -> Reply.none());
  }
}
