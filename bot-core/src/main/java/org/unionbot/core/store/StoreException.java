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

  /**
   * "permission denied: cannot {@code doing}; the user running unionbot (name) needs {@code need}":
   * what failed, and what to grant, for start errors.
   */
  public static StoreException permissionDenied(String doing, String need, Throwable cause) {
    return new StoreException(
        "permission denied: cannot "
            + doing
            + "; the user running unionbot ("
            + System.getProperty("user.name")
            + ") needs "
            + need,
        cause);
  }
}
