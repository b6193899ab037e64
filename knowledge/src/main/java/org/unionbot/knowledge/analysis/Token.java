package org.unionbot.knowledge.analysis;

/**
 * A word found by the segmenter.
 *
 * @param word the normalised word (simplified, half-width, lower case)
 * @param pos HanLP's part-of-speech tag ("n", "nz", "m", "w" for punctuation, ...)
 * @param start offset of the first character in the text given to the segmenter
 * @param end offset after the last character
 * @param sub true for an index-mode sub-word inside a longer word (工会 inside 工会十八大)
 */
public record Token(String word, String pos, int start, int end, boolean sub) {

  /** True for punctuation and symbols. */
  public boolean isPunctuation() {
    return pos.startsWith("w") || word.isBlank();
  }
}
