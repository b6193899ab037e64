package org.unionbot.wechat;

/**
 * A call to WeChat's API failed: a transport error, an HTTP status other than 200, or an {@code
 * errcode}. The message carries the errcode and WeChat's errmsg, never a token or secret.
 */
public final class WeChatApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errcode;

  WeChatApiException(int errcode, String message) {
    super(message);
    this.errcode = errcode;
  }

  /** WeChat's errcode, or -1 when the call failed before WeChat answered with one. */
  public int errcode() {
    return errcode;
  }
}
