package org.unionbot.core.intent;

import org.unionbot.core.Reply;

/**
 * A reply's text cut to what one phone screen shows, for channels without a "more" button (a WeChat
 * passive reply): about {@value #SCREEN} characters, cut at a sentence end, then a line saying how
 * to read the rest. An answer points to "详细说说"; a reply that already is the full text (详细说说, 还有呢)
 * points to "还有呢" for the next paragraph. Stateless.
 */
public final class PhoneText {

  /** What fits one phone screen in WeChat, in characters. */
  public static final int SCREEN = 300;

  private static final String SENTENCE_ENDS = "。！？；\n";

  private PhoneText() {}

  /** {@code reply}'s text, whole when it fits {@value #SCREEN} characters, else cut. */
  public static String of(Reply reply) {
    String text = reply.text();
    if (text.codePointCount(0, text.length()) <= SCREEN) {
      return text;
    }
    boolean full = text.startsWith("【");
    String tail = full ? Texts.CUT_FULL : Texts.CUT;
    int budget = text.offsetByCodePoints(0, SCREEN - tail.length() - 1);
    int cut = budget;
    for (int i = budget - 1; i > budget / 2; i--) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        cut = i + 1;
        break;
      }
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…" + tail;
  }
}
