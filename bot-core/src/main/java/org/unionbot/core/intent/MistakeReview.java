package org.unionbot.core.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * "错题": the user's wrong-answer book ({@link ScoreStore#mistakes}) replayed newest miss first, up
 * to a round's worth of items, asked one at a time and graded like a round's items. An item
 * answered right leaves the book; a wrong one stays where it is. A review earns no points, records
 * no answer (so it changes neither the points, nor the items seen today, nor an item's difficulty)
 * and is no round: no daily bonus, no contest, no open round in the store.
 */
final class MistakeReview {

  /** Items of the book read to fill a review, some of which may have left the bank. */
  private static final int READ = 50;

  private final KnowledgeBase knowledge;
  private final ScoreStore scores;
  private final int roundSize;

  MistakeReview(KnowledgeBase knowledge, ScoreStore scores, int roundSize) {
    this.knowledge = knowledge;
    this.scores = scores;
    this.roundSize = roundSize;
  }

  /** The review's items: the book's newest misses that the bank still serves. */
  private List<QuizItem> items(String user) {
    Map<String, QuizItem> served = new HashMap<>();
    knowledge.quizItems().forEach(i -> served.put(i.id(), i));
    List<QuizItem> out = new ArrayList<>();
    for (String id : scores.mistakes(user, READ)) {
      QuizItem item = served.get(id);
      if (item != null && out.size() < roundSize) {
        out.add(item);
      }
    }
    return out;
  }

  /** Starts a review; a friendly line suggesting "答题" when the book is empty. */
  Reply start(String user, Session session, Quiz quiz) {
    if (session.round().isPresent()) {
      return quiz.start(user, session); // the running round's item again
    }
    List<QuizItem> items = items(user);
    if (items.isEmpty()) {
      return Reply.of(Reply.Kind.HELP, Texts.NO_MISTAKES);
    }
    QuizRound round = QuizRound.review(items);
    quiz.begin(session, round);
    int inBook = scores.mistakeCount(user);
    return Quiz.ask(round, String.format(Texts.REVIEW_STARTS, inBook, round.total()));
  }

  /** The verdict on a review's answer; a right one takes the item out of the book. */
  String graded(String user, QuizItem item, boolean right, String shown, String explanation) {
    if (right) {
      scores.mistakeCorrected(user, item.id());
      return Texts.REVIEW_RIGHT;
    }
    return String.format(Texts.WRONG, shown, explanation);
  }

  /** What ends a review: how it went and what the book still holds. */
  String over(String user, QuizRound round) {
    int left = scores.mistakeCount(user);
    return String.format(Texts.REVIEW_OVER, round.answered(), round.correct())
        + (left > 0 ? String.format(Texts.REVIEW_LEFT, left) : Texts.REVIEW_EMPTY);
  }
}
