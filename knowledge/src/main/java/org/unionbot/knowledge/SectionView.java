package org.unionbot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One section of a notice as the dialogue shows it on request ("详细说说", "第三个呢", "还有呢"). Immutable.
 *
 * @param doc the document id
 * @param shortTitle the notice's title as it is when short (at most 26 characters), else without
 *     "关于…的通知", the issuer and the year, cut to 16 characters
 * @param name the section's name as sources give it (its heading without numbering; "导语" for the
 *     lead)
 * @param items the items it lists (sub-headings, numbered paragraphs or topic sentences), each with
 *     the first sentence that explains it; empty when it lists fewer than two
 * @param paragraphs its paragraphs (and its sub-sections' paragraphs), in order
 */
public record SectionView(
    String doc, String shortTitle, String name, List<Item> items, List<String> paragraphs) {

  /**
   * An item of a list, with the first sentence that explains it ("" when the text says nothing more
   * than its name).
   *
   * @param name the item as the outline names it ("抓好传达学习")
   * @param firstSentence the first sentence under it, or "" when there is none
   */
  public record Item(String name, String firstSentence) {
    public Item {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(firstSentence, "firstSentence");
    }
  }

  public SectionView {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(shortTitle, "shortTitle");
    Objects.requireNonNull(name, "name");
    items = List.copyOf(items);
    paragraphs = List.copyOf(paragraphs);
  }
}
