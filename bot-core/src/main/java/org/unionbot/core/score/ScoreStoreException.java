package org.unionbot.core.score;

import org.unionbot.core.store.StoreException;

/**
 * A score store could not be opened, migrated, read or written (a disk, file or database error).
 * Unchecked: a caller can rarely do more than report it. A failed write changed nothing.
 */
public final class ScoreStoreException extends StoreException {

  private static final long serialVersionUID = 1L;

  public ScoreStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
