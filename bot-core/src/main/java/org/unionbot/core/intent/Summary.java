package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;

/**
 * A question about the notice as a whole ("这个通知讲了什么", "主要内容是什么", "通知提出了哪些要求") gets a summary: its
 * title, who issued it and when, and its outline ({@link KnowledgeBase#summary}). A question is one
 * when, without its summary phrase, only words that name the notice (这个, 通知, 文件…) and particles are
 * left: "关于服务站有什么要求" names a topic and is a question for the knowledge base. "详细说说" afterwards
 * gives the outline with its items ({@link KnowledgeBase#outline}).
 */
final class Summary implements Intent {

  private static final Pattern PHRASE =
      Pattern.compile(
          "(讲|说|写|谈)(了|的)?(是)?(些)?(什么|啥|哪些|哪些内容|什么内容|什么事)"
              + "|(主要|大概|大致|核心|重点)?(内容|意思|精神)(是什么|是啥|有哪些|有什么)?"
              + "|(提出|提|有)(了)?(哪些|什么|啥)(要求|任务|部署)"
              + "|(概括|总结|摘要|简介|介绍|概述)(一下)?|是关于(什么|啥)的?");

  private static final Pattern SUBJECT =
      Pattern.compile(
          "请问|请|帮我|给我|简单|简要|一下|这个|这份|这篇|这则|该|本|那个|它|这|通知|文件|文章|学习通知|主要|大概|都|总共"
              + "|的|了|呢|吗|啊|呀|吧|是|讲讲|说说");

  private final KnowledgeBase knowledge;

  Summary(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    if (!asksForSummary(turn.normalized())) {
      return Optional.empty();
    }
    String summary = knowledge.summary();
    if (summary.isBlank()) {
      return Optional.empty();
    }
    String text = summary + "\n" + Texts.AFTER_SUMMARY;
    // 详细说说 after a summary gives the outline
    turn.session()
        .answered(new Answer(Answer.Kind.ANSWER, text, List.of(), List.of(), knowledge.outline()));
    return Optional.of(turn.remindingOfTheRound(Reply.of(Reply.Kind.ANSWER, text)));
  }

  /** Whether {@code normalized} asks what the notice says as a whole. */
  static boolean asksForSummary(String normalized) {
    String key = Command.NOISE.matcher(normalized).replaceAll("");
    if (key.isEmpty() || key.length() > 20 || !PHRASE.matcher(key).find()) {
      return false;
    }
    String rest = SUBJECT.matcher(PHRASE.matcher(key).replaceAll("")).replaceAll("");
    return rest.isEmpty();
  }
}
