package org.unionbot.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Character unigrams and bigrams of normalised letters, digits and ideographs. A bigram starts at
 * the position of its first character (increment 0) and spans two positions (length 2), so the
 * token graph stays consistent; it never spans punctuation or space. This field gives recall on
 * short or oddly segmented questions.
 */
final class CharGramTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLength = addAttribute(PositionLengthAttribute.class);
  private String text = "";
  private int pos;
  private boolean bigramPending;
  private int lastStart;
  private int finalOffset;

  @Override
  public void reset() throws IOException {
    super.reset();
    text = Segmenter.normalizeChars(Readers.readAll(input));
    pos = 0;
    bigramPending = false;
    finalOffset = correctOffset(text.length());
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (bigramPending) {
      bigramPending = false;
      emit(lastStart, pos + charCount(pos), 0);
      posLength.setPositionLength(2);
      return true;
    }
    while (pos < text.length() && !isGramChar(text.codePointAt(pos))) {
      pos += charCount(pos);
    }
    if (pos >= text.length()) {
      return false;
    }
    lastStart = pos;
    pos += charCount(pos);
    emit(lastStart, pos, 1);
    bigramPending = pos < text.length() && isGramChar(text.codePointAt(pos));
    return true;
  }

  private void emit(int start, int end, int increment) {
    term.setEmpty().append(text, start, end);
    offset.setOffset(correctOffset(start), correctOffset(end));
    posInc.setPositionIncrement(increment);
  }

  private int charCount(int index) {
    return Character.charCount(text.codePointAt(index));
  }

  static boolean isGramChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }
}
