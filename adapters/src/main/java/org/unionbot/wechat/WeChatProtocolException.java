package org.unionbot.wechat;

/**
 * A WeChat request or message that cannot be accepted: a bad signature, a ciphertext that does not
 * decrypt, or XML that is malformed, hostile or lacks a required field.
 *
 * <p>The message is short, fixed and safe to log; it never carries the offending input, keys or the
 * reason a ciphertext was refused (one message for every decryption failure). Callers answer with a
 * 4xx and do not echo it.
 */
public final class WeChatProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a short, fixed message. */
  public WeChatProtocolException(String message) {
    super(message);
  }
}
