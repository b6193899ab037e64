package org.unionbot.wechat;

import java.util.Locale;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.UserId;
import org.unionbot.http.HttpError;

/**
 * What to do with each kind of push (issue 3, docs/DESIGN.md "Behaviour users expect"): text, and
 * voice with a non-empty {@code Recognition}, go to the bot as text (a voice's marked as heard);
 * {@code subscribe} and {@code CLICK} go to the bot as events, and WeCom's {@code enter_agent} as a
 * {@code subscribe} (the bot's welcome); other media get a polite hint; {@code VIEW}, {@code
 * unsubscribe} and every other event get no reply. Users are keyed by channel ({@link UserId}), so
 * a WeCom user and a public-account user never share a session or a score. Stateless.
 */
final class WeChatMessages {

  /** The answer to a picture, a video, a location, a link or an unrecognised voice message. */
  static final String MEDIA_HINT = "抱歉，我现在只能看懂文字消息。请直接用文字提问；发送“帮助”，可以看到能问的问题和全部用法。";

  /** WeCom's event when a user opens the app's chat. */
  static final String ENTER_AGENT = "enter_agent";

  /** Either a message for the bot or a reply fixed in advance. */
  sealed interface Action permits Ask, Fixed {}

  /** Ask the bot. */
  record Ask(Message message) implements Action {}

  /** Answer with this reply; {@link Reply#none()} answers {@code success}. */
  record Fixed(Reply reply) implements Action {}

  private WeChatMessages() {}

  /**
   * What to do with {@code m}.
   *
   * @throws HttpError 400 when its {@code FromUserName} is not a usable user id (empty, too long,
   *     not valid Unicode)
   */
  static Action route(InboundMessage m, String channel) {
    String user = user(m, channel);
    switch (m.msgType().strip().toLowerCase(Locale.ROOT)) {
      case "text":
        return new Ask(new Message.Text(user, m.content().orElse("")));
      case "voice":
        return m.recognition()
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .<Action>map(text -> new Ask(new Message.Text(user, text, true)))
            .orElseGet(WeChatMessages::hint);
      case "event":
        return event(m, user);
      default: // image, video, shortvideo, location, link, and whatever WeChat adds
        return hint();
    }
  }

  private static Action event(InboundMessage m, String user) {
    String event = m.event().orElse("").strip().toLowerCase(Locale.ROOT);
    String key = m.eventKey().orElse("").strip();
    switch (event) {
      case "subscribe":
      case "click":
        return new Ask(new Message.Event(user, event, key));
      case ENTER_AGENT: // WeCom: the user opened the app's chat; greeted as a new follower is
        return new Ask(new Message.Event(user, "subscribe", ""));
      default: // unsubscribe (nobody reads it), VIEW (the user is leaving), unknown events
        return new Fixed(Reply.none());
    }
  }

  /** The sender as the bot knows them: {@code wechat:<OpenID>} or {@code wecom:<UserID>}. */
  static String user(InboundMessage m, String channel) {
    try {
      return UserId.of(channel, m.fromUser()).key();
    } catch (IllegalArgumentException e) {
      throw HttpError.of(400, "unusable FromUserName", e.getMessage());
    }
  }

  private static Action hint() {
    return new Fixed(Reply.of(Reply.Kind.HELP, MEDIA_HINT));
  }
}
