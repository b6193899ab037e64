/**
 * The WeChat Official Account (公众号) server protocol, free of any HTTP or Netty code.
 *
 * <ul>
 *   <li>{@link org.unionbot.wechat.Signature}: the {@code signature} / {@code msg_signature} SHA-1
 *       checks and the timestamp freshness window;
 *   <li>{@link org.unionbot.wechat.MessageCrypto}: WXBizMsgCrypt (AES-256-CBC) for the compatible
 *       and safe modes, with key rotation and the encrypted reply envelope;
 *   <li>{@link org.unionbot.wechat.WeChatXml}: a hardened StAX reader for pushed XML ({@link
 *       org.unionbot.wechat.InboundMessage}) and the passive text-reply writer.
 * </ul>
 *
 * <p>Every malformed, forged or hostile input surfaces as one unchecked {@link
 * org.unionbot.wechat.WeChatProtocolException} whose message is safe to log and reveals nothing
 * useful to an attacker. Everything here is immutable and safe to share between threads. The facts
 * behind the code are in {@code WECHAT.md}.
 */
package org.unionbot.wechat;
