/**
 * Answering: {@link org.unionbot.knowledge.answer.Answerer} parses a question, decides whether the
 * knowledge base holds the answer, and picks the shortest span that answers it (or the outline of a
 * section), naming its source; a refusal comes with questions the worker could ask instead.
 */
package org.unionbot.knowledge.answer;
