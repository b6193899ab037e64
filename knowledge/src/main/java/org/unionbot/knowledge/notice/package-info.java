/**
 * Reading a notice's plain text (or Markdown) into structure: title, byline, addressee, captions
 * with their sections, sections with headings (numbered, counted, Markdown, chapters and articles),
 * paragraphs with topic sentences, and sentences, attachments, issuer and dateline; repairing what
 * pasted notices really contain (paragraphs split mid-word by blank lines, ASCII punctuation, stray
 * words).
 */
package org.unionbot.knowledge.notice;
