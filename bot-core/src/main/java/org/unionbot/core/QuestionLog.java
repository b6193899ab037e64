package org.unionbot.core;

import org.unionbot.knowledge.Answer;

/**
 * Where the {@link Bot} reports every question it answered from the knowledge base, answered or
 * not, so admins see what workers ask and what the bot could not answer.
 *
 * <p>Implementations must be thread-safe and must not block: {@link #record} is called on the
 * thread that answers the worker.
 */
@FunctionalInterface
public interface QuestionLog {

  /** Records nothing. */
  QuestionLog NONE = (question, answer) -> {};

  /**
   * Records one question and the knowledge base's answer to it.
   *
   * @param question the question as the worker sent it
   * @param answer what the knowledge base replied
   */
  void record(String question, Answer answer);
}
