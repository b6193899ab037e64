package org.unionbot.knowledge.answer;

/** What a question asks for; it decides which span of a sentence answers it. */
enum QuestionType {
  WHEN,
  WHO,
  WHERE,
  COUNT,
  NAME,
  LIST,
  WHY,
  HOW,
  WHAT
}
