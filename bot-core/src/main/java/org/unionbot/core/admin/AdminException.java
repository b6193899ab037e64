package org.unionbot.core.admin;

import java.util.Objects;

/**
 * A change was refused before anything was stored: the request is invalid (HTTP 400) or names
 * something that does not exist (HTTP 404). The message is short and written for the admin.
 */
public final class AdminException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a change was refused. */
  public enum Reason {
    /** The request is wrong or the content cannot be built: 400. */
    INVALID,
    /** No such document, FAQ pair, synonym, quiz item or version: 404. */
    NOT_FOUND
  }

  private final Reason reason;

  public AdminException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  static AdminException invalid(String message) {
    return new AdminException(Reason.INVALID, message);
  }

  static AdminException notFound(String message) {
    return new AdminException(Reason.NOT_FOUND, message);
  }

  public Reason reason() {
    return reason;
  }
}
