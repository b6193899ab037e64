package org.unionbot.core.intent;

import java.util.Locale;
import java.util.Optional;
import org.unionbot.core.Reply;

/**
 * A menu click runs the command its key names ({@link Command#ofMenuKey}; help for an unknown key),
 * without the in-round reminder.
 */
final class MenuKey implements Intent {

  private final Commands commands;

  MenuKey(Commands commands) {
    this.commands = commands;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    return turn.event()
        .filter(e -> e.type().toLowerCase(Locale.ROOT).equals("click"))
        .map(e -> commands.run(Command.ofMenuKey(e.key()), turn));
  }
}
