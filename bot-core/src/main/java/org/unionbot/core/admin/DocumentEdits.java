package org.unionbot.core.admin;

import java.util.ArrayList;
import java.util.List;

/** The edits of documents: add, replace, remove. Each is a pure function of the state. */
final class DocumentEdits {

  private DocumentEdits() {}

  /** Adds a document under a new id ({@code doc-N}). */
  static Edit add(String title, String text) {
    return (state, context) -> {
      String t = Checks.title(title);
      String body = Checks.text(text);
      requireFreeTitle(state, t, null);
      long n = context.peekId(IdSequence.DOCUMENT);
      String id = IdSequence.DOCUMENT.id(n);
      List<KbState.Doc> docs = new ArrayList<>(state.documents());
      docs.add(new KbState.Doc(id, 0, t, body, context.now()));
      return Edit.Proposal.of("add-document", id, state.withDocuments(docs))
          .with(Edit.advance(IdSequence.DOCUMENT, n));
    };
  }

  /** Replaces a document's title and text; it keeps its id and place. */
  static Edit replace(String id, String title, String text) {
    return (state, context) -> {
      KbState.Doc old = require(state, id);
      String t = Checks.title(title);
      String body = Checks.text(text);
      requireFreeTitle(state, t, id);
      if (old.title().equals(t) && old.text().equals(body)) {
        return Edit.Proposal.unchanged(id);
      }
      List<KbState.Doc> docs = new ArrayList<>(state.documents());
      docs.set(docs.indexOf(old), new KbState.Doc(id, 0, t, body, context.now()));
      return Edit.Proposal.of("replace-document", id, state.withDocuments(docs));
    };
  }

  /** Removes a document; the last one cannot go. */
  static Edit remove(String id) {
    return (state, context) -> {
      KbState.Doc old = require(state, id);
      if (state.documents().size() == 1) {
        throw AdminException.invalid(
            "the knowledge base needs at least one document: add another before removing"
                + " this one");
      }
      List<KbState.Doc> docs = new ArrayList<>(state.documents());
      docs.remove(old);
      return Edit.Proposal.of("remove-document", id, state.withDocuments(docs));
    };
  }

  private static KbState.Doc require(KbState state, String id) {
    return state
        .document(id == null ? "" : id)
        .orElseThrow(() -> AdminException.notFound("no document " + id));
  }

  private static void requireFreeTitle(KbState state, String title, String except) {
    String key = Checks.titleKey(title);
    for (KbState.Doc d : state.documents()) {
      if (!d.id().equals(except) && Checks.titleKey(d.title()).equals(key)) {
        throw AdminException.invalid(
            "the title “" + title + "” is already taken by document " + d.id());
      }
    }
  }
}
