package org.unionbot.core.intent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;

/**
 * Out of a round, after an answer from a section that lists items and with no suggestions pending,
 * an ordinal follow-up ("第三个呢", "第二步具体是什么", "第4点") gets that item with its first sentence ({@link
 * FollowUps#ordinal}). With suggestions pending, "第2个" picks a suggestion ({@link NumberedPick});
 * without a list to refer to, the ordinal is a question.
 */
final class Ordinal implements Intent {

  private static final Pattern ORDINAL =
      Pattern.compile(
          "^(那|那么)?第([一二两三四五六七八九十]|10|[1-9])(个|步|点|条|项|方面|阶段|部分|种|个方面|个步骤)?"
              + "(呢|是|是什么|是啥|具体是什么|具体是啥|具体说说|具体讲讲|讲的什么|说的什么|说了什么|怎么说|呢具体是什么)?$");

  private static final String DIGITS = "一二三四五六七八九十";

  private final FollowUps followUps;

  Ordinal(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    if (turn.inRound() || !turn.session().suggestions().isEmpty()) {
      return Optional.empty();
    }
    return number(turn.normalized())
        .flatMap(n -> followUps.ordinal(turn, n, kind(turn.normalized())));
  }

  /**
   * The kind of part an ordinal names when it names one (步 of 第二步, 阶段, 部分, 方面), "" for a plain 第二个
   * or 第二项: a follow-up of that kind refers only to a section that says it.
   */
  static String kind(String normalized) {
    Matcher m = ORDINAL.matcher(Command.NOISE.matcher(normalized).replaceAll(""));
    if (!m.matches() || m.group(3) == null) {
      return "";
    }
    String c = m.group(3).replace("个", "");
    return c.equals("步骤") ? "步" : KINDS.contains(c) ? c : "";
  }

  private static final java.util.Set<String> KINDS = java.util.Set.of("步", "阶段", "部分", "方面");

  /** The position an ordinal follow-up names, from 1. */
  static Optional<Integer> number(String normalized) {
    Matcher m = ORDINAL.matcher(Command.NOISE.matcher(normalized).replaceAll(""));
    if (!m.matches()) {
      return Optional.empty();
    }
    String n = m.group(2);
    if (n.equals("两")) {
      return Optional.of(2);
    }
    int han = DIGITS.indexOf(n);
    return Optional.of(han >= 0 ? han + 1 : Integer.parseInt(n));
  }
}
