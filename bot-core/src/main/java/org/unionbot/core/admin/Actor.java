package org.unionbot.core.admin;

import java.util.Objects;

/**
 * Who makes a change, for the audit log.
 *
 * @param name the admin's name, or "system", "cli", "admin-token"
 * @param address where the request came from (an IP address), or "" when local
 */
public record Actor(String name, String address) {

  /** Changes the service makes by itself (the seed version). */
  public static final Actor SYSTEM = new Actor("system", "");

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
  }
}
