package org.unionbot.knowledge.answer;

/** What a question asks for; it decides which span of a sentence answers it. */
enum QuestionType {
  /** A phone number, an e-mail address or the contact person: 联系电话, 找谁, 邮箱. */
  CONTACT,
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
