package org.unionbot.core.intent;

import java.util.Optional;
import org.unionbot.core.Reply;

/**
 * A command word or one of its synonyms ({@link Command}), follow-ups (详细说说, 出处) included, runs its
 * command; in a round, before any grading, and with a reminder of the round.
 */
final class CommandWord implements Intent {

  private final Commands commands;

  CommandWord(Commands commands) {
    this.commands = commands;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return Command.named(turn.normalized())
        .map(c -> turn.remindingOfTheRound(commands.run(c, turn)));
  }
}
