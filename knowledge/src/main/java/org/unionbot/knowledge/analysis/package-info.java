/**
 * Chinese analysis. {@link org.unionbot.knowledge.analysis.Segmenter} is the only class in unionbot
 * that imports HanLP; the Lucene analyzers here sit on top of it.
 */
package org.unionbot.knowledge.analysis;
