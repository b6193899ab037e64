package org.unionbot.core.contest;

/**
 * A contest or unit request that cannot be done as asked: a bad unit list, contest or nickname. The
 * message is short, natural Chinese for the officer or worker (an API answers it with 400).
 */
public final class ContestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContestException(String message) {
    super(message);
  }
}
