/**
 * Reading a notice's plain text (or Markdown) into structure: title, byline, captions, sections
 * with headings, paragraphs with topic sentences, and sentences; repairing what pasted notices
 * really contain (paragraphs split mid-word by blank lines, ASCII punctuation, stray words).
 */
package org.unionbot.knowledge.notice;
