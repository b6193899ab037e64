package org.unionbot.knowledge;

import java.util.Objects;

/**
 * Where an answer came from.
 *
 * @param doc the document id
 * @param title the document title
 * @param section the section heading ("导语" for the lead)
 * @param snippet the source sentence, as written
 */
public record Source(String doc, String title, String section, String snippet) {

  public Source {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(snippet, "snippet");
  }
}
