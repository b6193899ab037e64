package org.unionbot.core.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * One kind of change to the knowledge base, as a function of the version serving: it validates its
 * input (a bad one is an {@link AdminException}) and proposes the next state with the action and
 * target its audit entry names. An edit writes nothing; {@link ChangePipeline} builds, commits and
 * installs what it proposes, and runs it again on a newer version when another node committed one.
 */
@FunctionalInterface
interface Edit {

  /** The change {@code current} becomes under this edit. */
  Proposal apply(KbState current, Context context);

  /** What an edit may read besides the state: the time, fresh ids, other versions. */
  interface Context {

    /** The time the change is made at. */
    Instant now();

    /** The next free number of {@code sequence}; the proposal advances it ({@link #advance}). */
    long peekId(IdSequence sequence);

    /** The generated quiz item with this id in the version serving. */
    Optional<QuizItem> generated(String id);

    /** The stored state of {@code version}, when there is one. */
    Optional<KbState> version(long version);
  }

  /** More work in the change's transaction. */
  @FunctionalInterface
  interface InTransaction {
    InTransaction NONE = c -> {};

    void run(Connection c) throws SQLException;
  }

  /** Work that records that ids up to {@code used} of {@code sequence} are taken. */
  static InTransaction advance(IdSequence sequence, long used) {
    return c -> KbStore.advance(c, sequence.key(), used);
  }

  /**
   * What an edit proposes.
   *
   * @param action the audit entry's action ("add-document", ...)
   * @param target the id of what changes, as {@link Change#id} reports it
   * @param next the next state, or empty when nothing changes (no version is made)
   * @param extra more work in the commit's transaction
   */
  record Proposal(String action, String target, Optional<KbState> next, InTransaction extra) {

    public Proposal {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(next, "next");
      Objects.requireNonNull(extra, "extra");
    }

    static Proposal of(String action, String target, KbState next) {
      return new Proposal(action, target, Optional.of(next), InTransaction.NONE);
    }

    /** Nothing to change: the version serving stays, with no check that it is the latest. */
    static Proposal unchanged(String target) {
      return new Proposal("none", target, Optional.empty(), InTransaction.NONE);
    }

    /** This proposal with {@code more} work in its transaction. */
    Proposal with(InTransaction more) {
      return new Proposal(
          action,
          target,
          next,
          c -> {
            extra.run(c);
            more.run(c);
          });
    }
  }
}
