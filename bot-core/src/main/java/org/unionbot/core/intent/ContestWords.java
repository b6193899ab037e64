package org.unionbot.core.intent;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;
import org.unionbot.core.contest.ContestBoards;
import org.unionbot.core.contest.ContestException;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.contest.Unit;
import org.unionbot.core.contest.UnitBook;
import org.unionbot.core.contest.UnitMatch;
import org.unionbot.core.contest.Worker;

/**
 * The unit and contest words: {@code 绑定单位 名称} (a name that is unclear offers numbered choices, and
 * the next number picks one), {@code 我的单位}, {@code 设置昵称 X} and {@code 单位排行}. Replies are of kind
 * {@code unit}. In a round, they remind of the round like any command.
 */
final class ContestWords implements Intent {

  private static final Pattern BIND = Pattern.compile("^(?:绑定单位|绑定工会|加入单位)[\\s:：]*(.*)$");
  private static final Pattern NICK = Pattern.compile("^(?:设置昵称|修改昵称|设昵称)[\\s:：]*(.*)$");
  private static final Pattern NOISE = Pattern.compile("[\\p{P}\\s]+");
  private static final List<String> MY_UNIT = List.of("我的单位", "我的工会", "查看单位");
  private static final List<String> UNIT_BOARD = List.of("单位排行", "单位排名", "单位排行榜");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final ContestPlay play;

  ContestWords(ContestPlay play) {
    this.play = play;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    String word = NOISE.matcher(turn.normalized()).replaceAll("");
    Matcher bind = BIND.matcher(turn.text());
    Matcher nick = NICK.matcher(turn.text());
    Optional<Reply> reply;
    if (bind.matches()) {
      reply = Optional.of(withStore(s -> bind(turn, s, bind.group(1).strip())));
    } else if (nick.matches()) {
      reply = Optional.of(withStore(s -> nickname(turn, s, nick.group(1))));
    } else if (MY_UNIT.contains(word)) {
      reply = Optional.of(withStore(s -> myUnit(turn, s)));
    } else if (UNIT_BOARD.contains(word)) {
      reply = Optional.of(withStore(s -> unitBoard(turn, s)));
    } else {
      reply = pick(turn);
    }
    return reply.map(turn::remindingOfTheRound);
  }

  private Reply withStore(java.util.function.Function<ContestStore, Reply> f) {
    return play.store().map(f).orElse(unit(ContestTexts.DISABLED));
  }

  private Reply bind(Turn turn, ContestStore s, String typed) {
    List<Unit> units = s.units().units();
    if (units.isEmpty()) {
      return unit(ContestTexts.NO_UNITS);
    }
    if (typed.isEmpty()) {
      return unit(String.format(ContestTexts.BIND_HOW, units.get(0).name()));
    }
    UnitMatch.Result found = UnitMatch.find(typed, units);
    if (found instanceof UnitMatch.Found f) {
      return bound(turn, s, f.unit());
    }
    if (found instanceof UnitMatch.Choices c) {
      return choices(turn, c.units());
    }
    return unit(String.format(ContestTexts.NOT_FOUND, typed, units.get(0).name()));
  }

  private static Reply choices(Turn turn, List<Unit> units) {
    turn.session().unitChoices(units.stream().map(Unit::name).toList());
    StringBuilder sb = new StringBuilder(ContestTexts.CHOOSE);
    for (int i = 0; i < units.size(); i++) {
      sb.append('\n').append(i + 1).append(". ").append(units.get(i).name());
    }
    return unit(sb.toString());
  }

  /** A number right after numbered units were offered picks one; anything else is not ours. */
  private Optional<Reply> pick(Turn turn) {
    List<String> offered = turn.session().unitChoices();
    if (offered.isEmpty() || turn.inRound() || play.store().isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> n = NumberedPick.pick(turn.normalized());
    if (n.isEmpty()) {
      return Optional.empty();
    }
    int i = n.get();
    if (i < 1 || i > offered.size()) {
      return Optional.of(unit(ContestTexts.NO_SUCH_CHOICE));
    }
    ContestStore s = play.store().get();
    Optional<Unit> chosen =
        s.units().units().stream().filter(u -> u.name().equals(offered.get(i - 1))).findFirst();
    turn.session().unitChoices(List.of());
    return Optional.of(
        chosen
            .map(u -> bound(turn, s, u))
            .orElse(
                unit(String.format(ContestTexts.NOT_FOUND, offered.get(i - 1), offered.get(0)))));
  }

  private static Reply bound(Turn turn, ContestStore s, Unit u) {
    turn.session().unitChoices(List.of());
    UnitBook.Bind done = s.units().bind(turn.user(), u, s.now());
    if (done instanceof UnitBook.Bound b) {
      return unit(String.format(b.changed() ? ContestTexts.CHANGED : ContestTexts.BOUND, b.unit()));
    }
    if (done instanceof UnitBook.TooSoon t) {
      return unit(
          String.format(ContestTexts.TOO_SOON, t.unit(), DAY.format(t.from().atZone(s.zone()))));
    }
    return unit(String.format(ContestTexts.ALREADY, ((UnitBook.Already) done).unit()));
  }

  private static Reply nickname(Turn turn, ContestStore s, String nick) {
    try {
      return unit(String.format(ContestTexts.NICK_SET, s.units().nickname(turn.user(), nick)));
    } catch (ContestException e) {
      return unit(e.getMessage());
    }
  }

  private static Reply myUnit(Turn turn, ContestStore s) {
    Optional<Worker> w = s.units().worker(turn.user());
    String name = w.flatMap(Worker::nickname).orElseGet(() -> Leaderboard.mask(turn.user()));
    String shown = String.format(ContestTexts.NICK_SHOWN, name) + ContestTexts.NICK_HOW;
    Optional<String> unit = w.flatMap(Worker::unit);
    if (unit.isPresent()) {
      return unit(String.format(ContestTexts.MY_UNIT, unit.get(), shown));
    }
    String example = s.units().units().stream().findFirst().map(Unit::name).orElse("盐城XX公司工会");
    return unit(
        String.format(
            ContestTexts.MY_UNIT_NONE, String.format(ContestTexts.BIND_HOW, example), shown));
  }

  private Reply unitBoard(Turn turn, ContestStore s) {
    return play.running()
        .map(
            c -> {
              List<ContestBoards.UnitResult> all = s.boards().units(c.id());
              StringBuilder sb =
                  new StringBuilder(String.format(ContestTexts.UNIT_BOARD, c.title()));
              for (ContestBoards.UnitResult u :
                  all.subList(0, Math.min(Leaderboard.SIZE, all.size()))) {
                sb.append(line(u));
              }
              if (all.size() > Leaderboard.SIZE) {
                sb.append(String.format(ContestTexts.UNIT_MORE, all.size()));
              }
              Optional<String> mine = s.units().worker(turn.user()).flatMap(Worker::unit);
              all.stream()
                  .filter(u -> mine.isPresent() && u.unit().equals(mine.get()))
                  .filter(u -> u.rank() > Leaderboard.SIZE)
                  .findFirst()
                  .ifPresent(
                      u -> sb.append(String.format(ContestTexts.MY_UNIT_LINE, u.rank(), u.unit())));
              return unit(sb.toString());
            })
        .orElse(unit(ContestTexts.NO_CONTEST));
  }

  private static String line(ContestBoards.UnitResult u) {
    return String.format(
        ContestTexts.UNIT_LINE,
        u.rank(),
        u.unit(),
        u.average(),
        Math.round(100 * u.participation()),
        u.participants(),
        u.members(),
        u.rounds());
  }

  private static Reply unit(String text) {
    return Reply.of(Reply.Kind.UNIT, text);
  }
}
