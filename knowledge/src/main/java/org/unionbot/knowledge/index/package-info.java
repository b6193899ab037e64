/**
 * One knowledge-base version as a search index: {@link org.unionbot.knowledge.index.Snapshot} (the
 * notices' passages, their segmenter and the Lucene index, built whole and swapped whole) and
 * {@link org.unionbot.knowledge.index.Retriever} (candidate passages for a question's terms).
 */
package org.unionbot.knowledge.index;
