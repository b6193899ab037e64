package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/**
 * One thing a message can mean, and what the bot does about it: a row of the table in {@link
 * Intents}. Called with the user's session locked.
 */
@FunctionalInterface
interface Intent {

  /** The reply when {@code turn} means this intent, or empty to let the next row try. */
  Optional<Reply> handle(Turn turn);
}
