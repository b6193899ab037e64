package org.unionbot.admin;

/**
 * The menu rules of the channel that publishes the menu (WeChat's, wired in by the server), so that
 * the admin API checks menus without knowing the channel. Implementations are thread-safe.
 */
public interface MenuRules {
  /**
   * The menu as it is stored and shown, once checked.
   *
   * @param json the menu an admin sent, or one stored before
   * @throws IllegalArgumentException saying, for the admin, what is wrong with it
   */
  String check(String json);

  /** The menu shown while none is saved. */
  String defaults();
}
