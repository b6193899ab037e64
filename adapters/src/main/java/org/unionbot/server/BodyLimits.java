package org.unionbot.server;

import org.unionbot.http.HttpError;

/**
 * How large a request body may be. Messages from WeChat and chat fit in 64 KiB with room to spare;
 * admins upload whole notices, so {@code /admin/} takes up to 1 MiB (the store then checks the
 * text's own limit and answers 400 with the reason).
 */
final class BodyLimits {
  static final int DEFAULT = 64 * 1024;
  static final int ADMIN = 1024 * 1024;

  private BodyLimits() {}

  /** The limit for a request to {@code path}. */
  static int forPath(String path) {
    return path.startsWith("/admin/") ? ADMIN : DEFAULT;
  }

  /** The largest limit of any path: what the aggregator buffers at most. */
  static int max() {
    return ADMIN;
  }

  static HttpError tooLarge(String path) {
    return HttpError.of(413, "request body too large (limit " + forPath(path) + " bytes)");
  }
}
