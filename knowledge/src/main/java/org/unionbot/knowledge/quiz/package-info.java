/**
 * Quiz items: {@link org.unionbot.knowledge.quiz.QuizBank} generates them from a version's notices
 * and validates them, merged with the admins' own; {@link org.unionbot.knowledge.quiz.QuizGrader}
 * grades a worker's reply.
 */
package org.unionbot.knowledge.quiz;
