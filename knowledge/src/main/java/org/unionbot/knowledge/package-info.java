/**
 * The knowledge base: notices in, answers and quiz items out.
 *
 * <p>{@link org.unionbot.knowledge.KnowledgeBase} is the one entry the rest of unionbot uses; this
 * package also holds the values it takes and gives ({@code Content}, {@code NoticeText}, {@code
 * Faq}, {@code Synonym}, {@code Answer}, {@code Source}). The work happens in stages, one package
 * each: {@code notice} reads notices into structure; {@code analysis} segments and normalises
 * Chinese (the only code that imports HanLP); {@code index} builds a version's Lucene index and
 * finds candidate passages in it; {@code answer} parses questions and picks, cites and scores the
 * answer; {@code quiz} generates, validates and grades quiz items. {@code answer} and {@code quiz}
 * both read the index and the notices; neither imports the other. Nothing here knows about users,
 * chat or HTTP.
 */
package org.unionbot.knowledge;
