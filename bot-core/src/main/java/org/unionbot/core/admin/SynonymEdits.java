package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.List;
import org.unionbot.knowledge.Synonym;

/** The edits of synonyms: put (add or replace a term's), remove. */
final class SynonymEdits {

  private SynonymEdits() {}

  /** Reads {@code term} as {@code canonical} in questions; replaces the term's earlier synonym. */
  static Edit put(String term, String canonical) {
    return (state, context) -> {
      String t = Checks.line("term", term, Checks.MAX_TERM);
      String c = Checks.line("canonical word", canonical, Checks.MAX_TERM);
      if (Checks.titleKey(t).equals(Checks.titleKey(c))) {
        throw AdminException.invalid("a word cannot be its own synonym: " + t);
      }
      List<Synonym> synonyms = new ArrayList<>(state.synonyms());
      int i = index(state, t);
      if (i >= 0) {
        synonyms.set(i, new Synonym(t, c));
      } else {
        synonyms.add(new Synonym(t, c));
      }
      return Edit.Proposal.of("put-synonym", t, state.withSynonyms(synonyms));
    };
  }

  static Edit remove(String term) {
    return (state, context) -> {
      int i = term == null ? -1 : index(state, term.strip());
      if (i < 0) {
        throw AdminException.notFound("no synonym for " + term);
      }
      List<Synonym> synonyms = new ArrayList<>(state.synonyms());
      String t = synonyms.remove(i).term();
      return Edit.Proposal.of("remove-synonym", t, state.withSynonyms(synonyms));
    };
  }

  /** The index of the synonym whose term matches {@code term} once normalised, or -1. */
  private static int index(KbState state, String term) {
    String key = Checks.titleKey(term);
    List<Synonym> synonyms = state.synonyms();
    for (int i = 0; i < synonyms.size(); i++) {
      if (Checks.titleKey(synonyms.get(i).term()).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
