package org.unionbot.core.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.core.Reply;
import org.unionbot.core.contest.Contest;
import org.unionbot.core.contest.ContestBoards;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.contest.Ticket;
import org.unionbot.core.score.ScoreStore;

/**
 * Contests in the dialogue: 答题 (and the menu's QUIZ key) during a contest plays a round that counts
 * for it while the worker's rounds of the day last; outside the window the reply first says when
 * the contest starts, or that it ended and the worker's final rank; 排行榜 during a contest shows its
 * board. Contest rounds count only for users of the ranked channels (the leaderboard's), so ids
 * nobody vouches for never top a contest. Without a {@link ContestStore} it does nothing and the
 * quiz is as before.
 */
final class ContestPlay {

  /** How long after a contest ends 答题 still mentions it and its final rank. */
  static final Duration ENDED_NOTICE = Duration.ofDays(7);

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final Optional<ContestStore> store;
  private final Set<String> ranked;
  private final ZoneId zone;

  ContestPlay(Optional<ContestStore> store, Set<String> ranked, ZoneId zone) {
    this.store = store;
    this.ranked = ranked;
    this.zone = zone;
  }

  /** The contest store, when contests are on. */
  Optional<ContestStore> store() {
    return store;
  }

  /** 答题: a contest round when one counts now, else an ordinary round with a line first. */
  Reply start(Turn turn, Quiz quiz) {
    String user = turn.user();
    if (store.isEmpty() || turn.inRound()) {
      return quiz.start(user, turn.session());
    }
    ContestStore s = store.get();
    Instant now = s.now();
    Optional<Contest> current = s.current(now);
    if (current.isEmpty()) {
      return quiz.start(user, turn.session());
    }
    Contest c = current.get();
    if (c.runsAt(now)) {
      if (!ranked.contains(ScoreStore.channel(user))) {
        return before(
            String.format(ContestTexts.NOT_RANKED, c.title()), quiz.start(user, turn.session()));
      }
      Optional<Ticket> ticket = s.claim(c, user, now);
      if (ticket.isEmpty()) {
        return before(
            String.format(ContestTexts.ROUNDS_USED, c.title(), c.roundsPerDay()),
            quiz.start(user, turn.session()));
      }
      Ticket t = ticket.get();
      String intro =
          String.format(
              ContestTexts.ROUND_STARTS, c.title(), c.roundSize(), t.seq(), c.roundsPerDay());
      return quiz.startContest(user, turn.session(), t, intro);
    }
    if (now.isBefore(c.startsAt())) {
      String when = WHEN.format(c.startsAt().atZone(zone));
      return before(
          String.format(ContestTexts.STARTS_AT, c.title(), when), quiz.start(user, turn.session()));
    }
    if (now.isAfter(c.endsAt().plus(ENDED_NOTICE))) {
      return quiz.start(user, turn.session());
    }
    String when = WHEN.format(c.endsAt().atZone(zone));
    String line =
        s.boards()
            .person(c.id(), user)
            .map(
                p ->
                    String.format(ContestTexts.ENDED_RANKED, c.title(), when, p.points(), p.rank()))
            .orElse(String.format(ContestTexts.ENDED_ABSENT, c.title(), when));
    return before(line, quiz.start(user, turn.session()));
  }

  /** What a graded answer of a contest round adds to it, written with the answer. */
  ScoreStore.AlsoWritten tally(Ticket t, boolean right) {
    return store.map(s -> s.tally(t, right)).orElse(ScoreStore.AlsoWritten.NOTHING);
  }

  /** The line that ends a contest round: its points, the contest total and rank, rounds left. */
  String roundOver(Ticket t, int points) {
    if (store.isEmpty()) {
      return "";
    }
    Contest c = t.contest();
    Optional<ContestBoards.Person> me = store.get().boards().person(c.id(), t.user());
    int left = c.roundsPerDay() - t.seq();
    String rest =
        left > 0 ? String.format(ContestTexts.ROUNDS_LEFT, left) : ContestTexts.NO_ROUNDS_LEFT;
    return String.format(
        ContestTexts.ROUND_OVER,
        c.title(),
        points,
        me.map(ContestBoards.Person::points).orElse(points),
        me.map(ContestBoards.Person::rank).orElse(0),
        rest);
  }

  /** 排行榜 during a contest: its top {@link Leaderboard#SIZE} and the asker's rank. */
  Optional<Reply> leaderboard(Turn turn) {
    Optional<Contest> running = running();
    if (running.isEmpty()) {
      return Optional.empty();
    }
    Contest c = running.get();
    ContestBoards boards = store.orElseThrow().boards();
    List<ContestBoards.Person> top = boards.top(c.id(), Leaderboard.SIZE);
    if (top.isEmpty()) {
      return Optional.of(
          Reply.of(Reply.Kind.CONTEST, String.format(ContestTexts.BOARD_EMPTY, c.title())));
    }
    StringBuilder sb =
        new StringBuilder(String.format(ContestTexts.BOARD, c.title(), Leaderboard.SIZE));
    boolean listed = false;
    for (ContestBoards.Person p : top) {
      boolean me = p.user().equals(turn.user());
      listed |= me;
      sb.append('\n')
          .append(p.rank())
          .append(". ")
          .append(name(p))
          .append(me ? Texts.ME : "")
          .append(p.unit().map(u -> " · " + u).orElse(""))
          .append("  ")
          .append(p.points())
          .append("分");
    }
    if (!listed) {
      sb.append(
          boards
              .person(c.id(), turn.user())
              .map(p -> String.format(ContestTexts.MY_PLACE, p.rank(), p.points()))
              .orElse(ContestTexts.NOT_PLAYED));
    }
    return Optional.of(Reply.of(Reply.Kind.CONTEST, sb.toString()));
  }

  /** The contest running now, if contests are on and one runs. */
  Optional<Contest> running() {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    Instant now = store.get().now();
    return store.get().current(now).filter(c -> c.runsAt(now));
  }

  /** How a leaderboard names a worker: their nickname, else their masked id. */
  static String name(ContestBoards.Person p) {
    return p.nickname().orElseGet(() -> Leaderboard.mask(p.user()));
  }

  /** {@code reply} with {@code line} before its text. */
  static Reply before(String line, Reply reply) {
    return new Reply(
        reply.kind(),
        line + "\n" + reply.text(),
        reply.sources(),
        reply.suggestions(),
        reply.quiz(),
        reply.grade());
  }
}
