package org.unionbot.knowledge.index;

import java.util.List;

/**
 * A question term as retrieval sees it: the canonical forms that count as matching it and how much
 * it weighs.
 */
public record QueryTerm(List<String> forms, double weight) {

  public QueryTerm {
    forms = List.copyOf(forms);
  }
}
