package org.unionbot.core.intent;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.unionbot.core.Reply;

/**
 * What each {@link Command} does, one action a command, whether it came as a word ({@link
 * CommandWord}) or a menu key ({@link MenuKey}).
 */
final class Commands {

  private final Map<Command, Function<Turn, Reply>> actions;

  Commands(Map<Command, Function<Turn, Reply>> actions) {
    this.actions = new EnumMap<>(actions);
    for (Command c : Command.values()) {
      if (!this.actions.containsKey(c)) {
        throw new IllegalArgumentException("no action for " + c);
      }
    }
  }

  Reply run(Command command, Turn turn) {
    return actions.get(command).apply(turn);
  }
}
