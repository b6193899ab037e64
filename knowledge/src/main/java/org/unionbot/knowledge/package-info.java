/**
 * The knowledge base: notices in, answers out.
 *
 * <p>{@link org.unionbot.knowledge.KnowledgeBase} is the facade the rest of unionbot uses. It reads
 * notices into structure ({@code notice}), analyses Chinese with HanLP ({@code analysis}, the only
 * code that imports HanLP), indexes sentences, paragraphs and sections in Lucene and extracts short
 * answers ({@code answer}), and turns the notices into validated quiz items ({@code Quiz*}, served
 * by {@link org.unionbot.knowledge.KnowledgeBase#quizItems()}). Nothing here knows about users,
 * chat or HTTP.
 */
package org.unionbot.knowledge;
