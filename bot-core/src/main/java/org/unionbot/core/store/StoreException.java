package org.unionbot.core.store;

/**
 * The database could not be opened, migrated, read or written (a disk, file or database error), or
 * the data directory is in use by another process. Unchecked: a caller can rarely do more than
 * report it. A failed write changed nothing.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
