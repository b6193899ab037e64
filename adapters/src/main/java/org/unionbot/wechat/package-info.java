/**
 * The WeChat Official Account (公众号) server protocol, free of Netty's channel code (only its {@code
 * HashedWheelTimer} keeps the reply deadlines).
 *
 * <ul>
 *   <li>{@link org.unionbot.wechat.Signature}: the {@code signature} / {@code msg_signature} SHA-1
 *       checks and the timestamp freshness window;
 *   <li>{@link org.unionbot.wechat.MessageCrypto}: WXBizMsgCrypt (AES-256-CBC) for the compatible
 *       and safe modes, with key rotation and the encrypted reply envelope;
 *   <li>{@link org.unionbot.wechat.WeChatXml}: a hardened StAX reader for pushed XML ({@link
 *       org.unionbot.wechat.InboundMessage}); {@link org.unionbot.wechat.ReplyXml}: the passive
 *       text-reply writer;
 *   <li>{@link org.unionbot.wechat.WeChatEndpoint}: {@code /wechat} itself, one step per class:
 *       verify, decrypt, parse, dedupe and claim, answer, render, encrypt, with the 5-second rule
 *       and late replies;
 *   <li>{@link org.unionbot.wechat.WeChatApiClient}: the access token and the customer-service
 *       message API, for replies that miss the 5 seconds;
 *   <li>{@link org.unionbot.wechat.WeChatConfig}: the account's Token, keys and timeouts.
 * </ul>
 *
 * <p>Every malformed, forged or hostile input surfaces as one unchecked {@link
 * org.unionbot.wechat.WeChatProtocolException} whose message is safe to log and reveals nothing
 * useful to an attacker; the endpoint turns it into a short 4xx. The protocol classes are
 * immutable, the endpoint and the API client are thread-safe. The facts behind the code are in
 * {@code docs/WECHAT.md}.
 */
package org.unionbot.wechat;
