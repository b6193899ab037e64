/**
 * WeCom (企业微信): the callback URL {@code /wecom} of a self-built app ({@link
 * org.unionbot.wecom.WeComEndpoint}), its settings ({@link org.unionbot.wecom.WeComConfig}) and its
 * API ({@link org.unionbot.wecom.WeComApiClient}: corp token, app messages, app menu).
 *
 * <p>WeCom's callbacks use the public account's encrypted protocol with the corp id as the receive
 * id, so everything after verification is {@code org.unionbot.wechat}'s pipeline: signatures,
 * WXBizMsgCrypt, the hardened XML reader, dedupe, the 5-second rule and late replies.
 */
package org.unionbot.wecom;
