package org.unionbot.core;

import java.util.Objects;

/** What a user sent, whatever the channel. */
public sealed interface Message permits Message.Text, Message.Event {

  /**
   * Who sent it: {@link UserId#key()}, {@code channel:id} ({@code wechat:<OpenID>}, {@code web:<the
   * chat API's user>}); sessions, rounds and scores are kept under it.
   */
  String user();

  /**
   * A text message, or a voice message's recognised text.
   *
   * @param heard true for a voice message's recognised text ({@code Recognition}): when the bot
   *     cannot make much of it, its reply says what it heard
   */
  record Text(String user, String text, boolean heard) implements Message {
    public Text {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(text, "text");
    }

    /** A typed text message. */
    public Text(String user, String text) {
      this(user, text, false);
    }
  }

  /**
   * A public-account event.
   *
   * @param type the event type, lower case: subscribe, unsubscribe, click, view, ...
   * @param key the menu key of a click, or "" when there is none
   */
  record Event(String user, String type, String key) implements Message {
    public Event {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(key, "key");
    }
  }
}
