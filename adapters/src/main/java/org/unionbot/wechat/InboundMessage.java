package org.unionbot.wechat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message or event pushed by WeChat (docs/WECHAT.md §1.4), as parsed by {@link
 * WeChatXml#parse}.
 *
 * <p>String values are exactly as sent (not trimmed); an element present but empty, such as a
 * {@code <Recognition>} without text, is {@code Optional.of("")}. Events carry no {@code msgId}.
 *
 * @param toUser {@code ToUserName}: our account's original id ({@code gh_…})
 * @param fromUser {@code FromUserName}: the sender's OpenID
 * @param createTime {@code CreateTime}, Unix seconds
 * @param msgType {@code MsgType}: {@code text}, {@code voice}, {@code event}, ...
 * @param msgId {@code MsgId} (or {@code MsgID}), decimal digits as sent; absent for events
 * @param content {@code Content} of a text message
 * @param recognition {@code Recognition}: speech-to-text of a voice message
 * @param event {@code Event}, e.g. {@code subscribe}, {@code CLICK}
 * @param eventKey {@code EventKey}, e.g. a menu key or {@code qrscene_…}
 * @param encrypt {@code Encrypt}, present in compatible mode
 * @param otherFields every other top-level element without children ({@code MediaId}, {@code
 *     PicUrl}, {@code Ticket}, ...), by element name
 */
public record InboundMessage(
    String toUser,
    String fromUser,
    long createTime,
    String msgType,
    Optional<String> msgId,
    Optional<String> content,
    Optional<String> recognition,
    Optional<String> event,
    Optional<String> eventKey,
    Optional<String> encrypt,
    Map<String, String> otherFields) {

  /** Validates non-null components and copies {@code otherFields} into an immutable map. */
  public InboundMessage {
    Objects.requireNonNull(toUser, "toUser");
    Objects.requireNonNull(fromUser, "fromUser");
    Objects.requireNonNull(msgType, "msgType");
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(recognition, "recognition");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(encrypt, "encrypt");
    otherFields = Map.copyOf(otherFields);
  }

  /** A top-level field from {@link #otherFields()}, e.g. {@code field("MediaId")}. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(otherFields.get(name));
  }
}
