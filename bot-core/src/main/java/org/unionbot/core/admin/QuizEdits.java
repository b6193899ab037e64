package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionbot.knowledge.quiz.QuizItem;

/** The edits of quiz items: add, update (a generated one too), disable, enable. */
final class QuizEdits {

  private QuizEdits() {}

  /** Adds a curated quiz item under a new id ({@code cq-N}). */
  static Edit add(QuizDraft draft) {
    return (state, context) -> {
      QuizDraft d = Checks.quiz(draft);
      long n = context.peekId(IdSequence.QUIZ);
      String id = IdSequence.QUIZ.id(n);
      List<QuizItem> quiz = new ArrayList<>(state.quiz());
      quiz.add(item(id, d, "", ""));
      return Edit.Proposal.of("add-quiz", id, state.withQuiz(quiz, state.disabled()))
          .with(Edit.advance(IdSequence.QUIZ, n));
    };
  }

  /**
   * Edits a quiz item. Editing a generated item stores a curated item under its id, which the
   * knowledge base asks instead of the generated one.
   */
  static Edit update(String id, QuizDraft draft) {
    return (state, context) -> {
      List<QuizItem> quiz = new ArrayList<>(state.quiz());
      int i = curated(state, id);
      Optional<QuizItem> generated =
          i >= 0 ? Optional.empty() : context.generated(id == null ? "" : id);
      if (i < 0 && generated.isEmpty()) {
        throw AdminException.notFound("no quiz item " + id);
      }
      QuizDraft d = Checks.quiz(draft);
      if (i >= 0) {
        QuizItem old = quiz.get(i);
        quiz.set(i, item(id, d, old.section(), old.doc()));
      } else {
        quiz.add(item(id, d, generated.get().section(), generated.get().doc()));
      }
      return Edit.Proposal.of("update-quiz", id, state.withQuiz(quiz, state.disabled()));
    };
  }

  static Edit disable(String id) {
    return (state, context) -> {
      require(state, context, id);
      Set<String> disabled = new LinkedHashSet<>(state.disabled());
      disabled.add(id);
      return Edit.Proposal.of("disable-quiz", id, state.withQuiz(state.quiz(), disabled));
    };
  }

  static Edit enable(String id) {
    return (state, context) -> {
      require(state, context, id);
      Set<String> disabled = new LinkedHashSet<>(state.disabled());
      disabled.remove(id);
      return Edit.Proposal.of("enable-quiz", id, state.withQuiz(state.quiz(), disabled));
    };
  }

  /** A quiz item from a checked draft. */
  static QuizItem item(String id, QuizDraft d, String section, String doc) {
    return new QuizItem(
        id, d.type(), d.prompt(), d.options(), d.answer(), d.accepted(), d.source(), section, doc);
  }

  private static void require(KbState state, Edit.Context context, String id) {
    if (id == null
        || (!state.disabled().contains(id)
            && curated(state, id) < 0
            && context.generated(id).isEmpty())) {
      throw AdminException.notFound("no quiz item " + id);
    }
  }

  private static int curated(KbState state, String id) {
    List<QuizItem> quiz = state.quiz();
    for (int i = 0; i < quiz.size(); i++) {
      if (quiz.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
