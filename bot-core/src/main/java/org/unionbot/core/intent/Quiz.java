package org.unionbot.core.intent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.unionbot.core.Reply;
import org.unionbot.core.contest.Ticket;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.quiz.QuizGrader;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Quiz rounds: drawing items a user has not seen today (difficulties mixed), asking them, grading
 * replies (学习强国's 查看提示: a wrong answer shows the right one and its whole source sentence, or the
 * outline it comes from), skipping, quitting, and scoring through the {@link ScoreStore}; the
 * review of the wrong-answer book ({@link MistakeReview}). Called by the intents with the session
 * locked.
 */
final class Quiz {

  private static final String[] LETTERS = {"A", "B", "C", "D"};

  private final KnowledgeBase knowledge;
  private final ScoreStore scores;
  private final int roundSize;
  private final Clock clock;
  private final ZoneId zone;
  private final Set<String> ranked;
  private final ContestPlay contests;
  private final Random random = new Random();
  private final Difficulties difficulties;
  private final MistakeReview review;

  Quiz(
      KnowledgeBase knowledge,
      ScoreStore scores,
      int roundSize,
      Clock clock,
      ZoneId zone,
      Set<String> ranked,
      ContestPlay contests) {
    this.knowledge = knowledge;
    this.contests = contests;
    this.scores = scores;
    this.roundSize = roundSize;
    this.clock = clock;
    this.zone = zone;
    this.ranked = ranked;
    this.difficulties = new Difficulties(scores, clock);
    this.review = new MistakeReview(knowledge, scores, roundSize);
  }

  /** "错题": a review of the user's wrong-answer book ({@link MistakeReview}). */
  Reply review(String user, Session session) {
    return review.start(user, session, this);
  }

  /** Makes {@code round} the session's round, started now. */
  void begin(Session session, QuizRound round) {
    round.touch(clock.instant());
    session.round(round);
  }

  /** Starts a round, or shows the current item again when one is already running. */
  Reply start(String user, Session session) {
    Optional<QuizRound> running = session.round();
    if (running.isPresent()) {
      running.get().touch(clock.instant());
      return ask(running.get(), Texts.QUIZ_CONTINUES);
    }
    List<QuizItem> items = draw(user);
    if (items.isEmpty()) {
      return Reply.of(Reply.Kind.HELP, Texts.QUIZ_EMPTY);
    }
    QuizRound round = new QuizRound(items);
    scores.roundStarted(user, clock.instant()); // first: a failure here leaves no round behind
    begin(session, round);
    return ask(round, String.format(Texts.QUIZ_STARTS, round.total()));
  }

  /**
   * Starts a round that counts for a contest as {@code ticket} says: the contest's round size,
   * items from its documents (all documents when none of its own is left), {@code intro} first.
   */
  Reply startContest(String user, Session session, Ticket ticket, String intro) {
    List<String> docs = ticket.contest().documents();
    List<QuizItem> pool =
        knowledge.quizItems().stream().filter(i -> docs.contains(i.doc())).toList();
    List<QuizItem> items =
        fresh(user, docs.isEmpty() || pool.isEmpty() ? knowledge.quizItems() : pool);
    if (items.isEmpty()) {
      return Reply.of(Reply.Kind.HELP, Texts.QUIZ_EMPTY);
    }
    int size = Math.min(ticket.contest().roundSize(), items.size());
    QuizRound round = new QuizRound(items.subList(0, size), false, ticket);
    scores.roundStarted(user, clock.instant());
    session.round(round);
    return ask(round, intro);
  }

  /**
   * "考考我": one item from the section {@code about} names (one not seen today first), asked and
   * graded like a round's item, without a round's bonus; a whole round when that section has no
   * item, or when a round already runs (its current item again).
   */
  Reply practice(String user, Session session, Optional<Source> about) {
    if (session.round().isPresent() || about.isEmpty()) {
      return start(user, session);
    }
    Source s = about.get();
    List<QuizItem> items =
        fresh(
            user,
            knowledge.quizItems().stream()
                .filter(i -> i.doc().equals(s.doc()) && i.section().equals(s.section()))
                .toList());
    if (items.isEmpty()) {
      return start(user, session);
    }
    QuizRound round = new QuizRound(items.subList(0, 1), true);
    scores.roundStarted(user, clock.instant());
    begin(session, round);
    return ask(round, String.format(Texts.PRACTICE_STARTS, s.section()));
  }

  /** Grades a reply; empty when the reply is not an attempt at the current item. */
  Optional<Reply> answer(String user, Session session, String text) {
    QuizRound round = session.round().orElseThrow();
    QuizItem item = round.current();
    Optional<Boolean> graded = QuizGrader.grade(item, text);
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    boolean right = graded.get();
    String explanation = knowledge.quizExplanation(item);
    round.touch(clock.instant());
    if (round.review()) {
      round.graded(right, 0);
      String verdict = review.graded(user, item, right, shown(item), explanation);
      Reply.Grade grade = new Reply.Grade(right, shown(item), explanation, 0);
      return Optional.of(next(user, session, round, verdict, grade));
    }
    ScoreStore.AlsoWritten tally =
        round.ticket().map(t -> contests.tally(t, right)).orElse(ScoreStore.AlsoWritten.NOTHING);
    int earned = scores.recordAnswer(user, item.id(), right, clock.instant(), tally);
    round.graded(right, earned);
    String verdict =
        right
            ? String.format(Texts.RIGHT, earned)
            : String.format(Texts.WRONG, shown(item), explanation);
    Reply.Grade grade = new Reply.Grade(right, shown(item), explanation, round.points());
    return Optional.of(next(user, session, round, verdict, grade));
  }

  /** Skips the current item: shows its answer, records nothing. */
  Reply skip(String user, Session session) {
    QuizRound round = session.round().orElseThrow();
    QuizItem item = round.current();
    round.touch(clock.instant());
    String verdict = String.format(Texts.SKIPPED, shown(item));
    return next(user, session, round, verdict, null);
  }

  /** Ends the round early: no round bonus. */
  Reply quit(String user, Session session) {
    QuizRound round = session.round().orElseThrow();
    session.round(null);
    if (round.review()) {
      return Reply.of(Reply.Kind.POINTS, Texts.REVIEW_QUIT + review.over(user, round));
    }
    scores.roundEnded(user);
    ScoreStore.Standing s = scores.standing(user, ranked);
    return Reply.of(
        Reply.Kind.POINTS,
        String.format(Texts.QUIT, round.answered(), round.correct(), round.points(), s.points()));
  }

  private Reply next(
      String user, Session session, QuizRound round, String verdict, Reply.Grade grade) {
    if (round.advance()) {
      Reply asked = ask(round, verdict);
      return grade == null ? asked : withGrade(asked, grade);
    }
    session.round(null);
    if (round.review()) {
      return roundOver(verdict + "\n" + review.over(user, round), grade);
    }
    scores.roundEnded(user);
    if (round.practice()) {
      ScoreStore.Standing s = scores.standing(user, ranked);
      String end =
          verdict + "\n" + String.format(Texts.PRACTICE_OVER, s.points(), Texts.rank(s.rank()));
      return roundOver(end, grade);
    }
    int bonus =
        round.answered() == 0
            ? 0
            : scores.finishRound(user, round.correct(), round.answered(), clock.instant());
    ScoreStore.Standing s = scores.standing(user, ranked);
    String end =
        verdict
            + "\n"
            + String.format(
                Texts.ROUND_OVER, round.total(), round.correct(), round.points() + bonus)
            + (bonus > 0 ? String.format(Texts.BONUS, bonus) : "")
            + String.format(Texts.TOTAL, s.points(), s.rank())
            + round.ticket().map(t -> contests.roundOver(t, round.points())).orElse("");
    Reply.Grade finalGrade =
        grade == null
            ? null
            : new Reply.Grade(
                grade.correct(), grade.answer(), grade.explanation(), round.points() + bonus);
    return roundOver(end, finalGrade);
  }

  /**
   * The grade that ends a round: its text, and the last item's grade (none when it was skipped).
   */
  private static Reply roundOver(String text, Reply.Grade grade) {
    return new Reply(
        Reply.Kind.GRADE, text, List.of(), List.of(), Optional.empty(), Optional.ofNullable(grade));
  }

  private static Reply withGrade(Reply asked, Reply.Grade grade) {
    return new Reply(
        Reply.Kind.GRADE,
        asked.text(),
        asked.sources(),
        asked.suggestions(),
        asked.quiz(),
        Optional.of(grade));
  }

  /** The reply asking the round's current item, with a line of context before it. */
  static Reply ask(QuizRound round, String before) {
    QuizItem item = round.current();
    List<String> options = new ArrayList<>();
    for (int i = 0; i < item.options().size() && i < LETTERS.length; i++) {
      options.add(LETTERS[i] + ". " + item.options().get(i));
    }
    StringBuilder text = new StringBuilder();
    if (!before.isEmpty()) {
      text.append(before).append("\n\n");
    }
    text.append(String.format(Texts.PROGRESS, round.position(), round.total()))
        .append(item.prompt());
    options.forEach(o -> text.append('\n').append(o));
    text.append('\n')
        .append(item.type() == QuizItem.Type.CHOICE ? Texts.HOW_TO_CHOOSE : Texts.HOW_TO_FILL);
    Reply.QuizCard card =
        new Reply.QuizCard(
            item.id(),
            item.type() == QuizItem.Type.CHOICE ? "choice" : "blank",
            item.prompt(),
            options,
            round.position(),
            round.total());
    return new Reply(
        Reply.Kind.QUIZ,
        text.toString(),
        List.of(),
        List.of(),
        Optional.of(card),
        Optional.empty());
  }

  /** The right answer as shown: "B. 四个步骤" for a choice, the text for a blank. */
  private static String shown(QuizItem item) {
    int i = item.correctIndex();
    return i >= 0 && i < LETTERS.length ? LETTERS[i] + ". " + item.answer() : item.answer();
  }

  /**
   * Up to a round's worth of items, those the user has not seen today first, the difficulties taken
   * in turn ({@link Difficulties}).
   */
  private List<QuizItem> draw(String user) {
    List<List<QuizItem>> split = split(user, knowledge.quizItems());
    List<QuizItem> round = new ArrayList<>(difficulties.mix(split.get(0), roundSize));
    round.addAll(difficulties.mix(split.get(1), roundSize - round.size()));
    return List.copyOf(round);
  }

  /** {@code all} shuffled, those the user has not seen today first. */
  private List<QuizItem> fresh(String user, List<QuizItem> all) {
    List<List<QuizItem>> split = split(user, all);
    List<QuizItem> out = new ArrayList<>(split.get(0));
    out.addAll(split.get(1));
    return out;
  }

  /** {@code all} shuffled in two: the items the user has not seen today, and the others. */
  private List<List<QuizItem>> split(String user, List<QuizItem> all) {
    Set<String> seen = scores.itemsSeen(user, LocalDate.now(clock.withZone(zone)));
    List<QuizItem> fresh = new ArrayList<>();
    List<QuizItem> stale = new ArrayList<>();
    for (QuizItem i : all) {
      (seen.contains(i.id()) ? stale : fresh).add(i);
    }
    synchronized (random) {
      Collections.shuffle(fresh, random);
      Collections.shuffle(stale, random);
    }
    return List.of(fresh, stale);
  }
}
