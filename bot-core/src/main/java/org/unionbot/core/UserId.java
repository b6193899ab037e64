package org.unionbot.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a user is: a channel and the channel's own id for them. The bot keys sessions, quiz rounds
 * and scores by {@link #key()}, {@code channel:id} ({@code wechat:o6_bmjr…}, {@code web:bob}), so
 * no channel can name another channel's user: whatever the chat API's {@code "user"} says, it lands
 * under {@code web:} and never reaches a WeChat user's round or score.
 *
 * <p>An id is stripped of surrounding white space and brought to Unicode NFC, so that two spellings
 * of one string are one user; an id with an unpaired surrogate, which no encoding can carry and
 * which a database would store as {@code ?} (merging different users), is refused ({@link
 * Unicode}).
 *
 * @param channel one of {@link #CHANNELS}
 * @param id the channel's id, non-blank, NFC, at most {@link #MAX_ID} characters
 */
public record UserId(String channel, String id) {

  /** WeChat Official Account users, by OpenID. */
  public static final String WECHAT = "wechat";

  /** WeCom (企业微信) users, by UserID. */
  public static final String WECOM = "wecom";

  /** The chat page and the JSON chat API. */
  public static final String WEB = "web";

  /** Every channel. */
  public static final Set<String> CHANNELS = Set.of(WECHAT, WECOM, WEB);

  /** The longest id, in characters. */
  public static final int MAX_ID = 128;

  public UserId {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(id, "id");
    if (!CHANNELS.contains(channel)) {
      throw new IllegalArgumentException("unknown channel: " + channel);
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("a user id must not be empty");
    }
    if (id.length() > MAX_ID) {
      throw new IllegalArgumentException("a user id is at most " + MAX_ID + " characters");
    }
    if (Unicode.unpairedSurrogate(id).isPresent()) {
      throw new IllegalArgumentException("a user id must be valid Unicode (unpaired surrogate)");
    }
    if (!Normalizer.isNormalized(id, Normalizer.Form.NFC) || !id.strip().equals(id)) {
      throw new IllegalArgumentException("a user id must be stripped and in NFC: use UserId.of");
    }
  }

  /**
   * The user {@code raw} on {@code channel}, with {@code raw} stripped and normalised to NFC.
   *
   * @throws IllegalArgumentException for an unknown channel, or an id that is empty, too long or
   *     not valid Unicode; the message says which
   */
  public static UserId of(String channel, String raw) {
    Objects.requireNonNull(raw, "raw");
    if (Unicode.unpairedSurrogate(raw).isPresent()) {
      throw new IllegalArgumentException("a user id must be valid Unicode (unpaired surrogate)");
    }
    return new UserId(channel, Normalizer.normalize(raw.strip(), Normalizer.Form.NFC));
  }

  /**
   * The user a {@link #key()} names.
   *
   * @throws IllegalArgumentException if {@code key} is not {@code channel:id}
   */
  public static UserId parse(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("not a channel:id user key");
    }
    return new UserId(key.substring(0, colon), key.substring(colon + 1));
  }

  /** The channel of a {@link #key()}, lower case; empty when it has none. */
  public static Optional<String> channelOf(String key) {
    int colon = key.indexOf(':');
    return colon <= 0
        ? Optional.empty()
        : Optional.of(key.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** {@code channel:id}: how sessions, rounds and scores know this user. */
  public String key() {
    return channel + ":" + id;
  }

  @Override
  public String toString() {
    return key();
  }
}
