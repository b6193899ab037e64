package org.unionbot.core.intent;

import java.util.List;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * Replies that name the example question of the knowledge base now serving (in their text's {@code
 * %s}) and offer it as a suggestion, which the chat page shows as a button.
 */
final class Examples {

  private final KnowledgeBase knowledge;

  Examples(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  Reply reply(Reply.Kind kind, String text) {
    String example = knowledge.example();
    return new Reply(kind, String.format(text, example), List.of(), List.of(example));
  }
}
