package org.unionbot.knowledge.analysis;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits HanLP words with correct offsets. Punctuation is dropped. In index mode the sub-words of a
 * longer word (工会, 十八大 inside 工会十八大) follow it with position increment 0, so phrase and proximity
 * queries still see one position per word. The whole input is segmented at once: notices are small,
 * and cutting blocks would cut words.
 */
final class WordTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Segmenter segmenter;
  private final boolean indexMode;
  private Iterator<Token> tokens = List.<Token>of().iterator();
  private int wholeStart;
  private int wholeEnd;
  private int finalOffset;

  WordTokenizer(Segmenter segmenter, boolean indexMode) {
    this.segmenter = segmenter;
    this.indexMode = indexMode;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = Readers.readAll(input);
    finalOffset = correctOffset(text.length());
    List<Token> all = indexMode ? segmenter.indexWords(text) : segmenter.words(text);
    tokens = all.stream().filter(t -> !t.isPunctuation()).iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!tokens.hasNext()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.next();
    if (!t.sub()) {
      wholeStart = t.start();
      wholeEnd = t.end();
    }
    term.setEmpty().append(t.word());
    offset.setOffset(correctOffset(wholeStart), correctOffset(wholeEnd));
    posInc.setPositionIncrement(t.sub() ? 0 : 1);
    type.setType(t.pos());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    tokens = List.<Token>of().iterator();
  }
}
