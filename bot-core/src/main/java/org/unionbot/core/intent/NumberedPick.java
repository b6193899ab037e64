package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;

/**
 * Out of a round, a number ("1", "２", "三", "第2个") asks the question of that number among the last
 * suggestions, or says there is no such question.
 */
final class NumberedPick implements Intent {

  private static final Pattern NOISE = Pattern.compile("[\\p{P}\\s]+");
  private static final Pattern ORDINAL = Pattern.compile("^第(.)个?$");

  private final Questions questions;

  NumberedPick(Questions questions) {
    this.questions = questions;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    if (turn.inRound()) {
      return Optional.empty();
    }
    return pick(turn.normalized())
        .map(
            i -> {
              List<String> offered = turn.session().suggestions();
              return i >= 1 && i <= offered.size()
                  ? questions.ask(offered.get(i - 1), turn.session())
                  : Reply.of(Reply.Kind.HELP, Texts.NO_SUCH_SUGGESTION);
            });
  }

  /** The number {@code normalized} names, 1 to 5. */
  static Optional<Integer> pick(String normalized) {
    String t = NOISE.matcher(normalized).replaceAll("");
    t = ORDINAL.matcher(t).replaceAll("$1");
    return switch (t) {
      case "1", "一" -> Optional.of(1);
      case "2", "二" -> Optional.of(2);
      case "3", "三" -> Optional.of(3);
      case "4", "四" -> Optional.of(4);
      case "5", "五" -> Optional.of(5);
      default -> Optional.empty();
    };
  }
}
