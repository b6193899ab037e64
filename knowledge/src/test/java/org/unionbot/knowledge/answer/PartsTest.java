package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;

/** Questions about the notice itself rather than its text. */
class PartsTest {

  private static final KnowledgeBase TOURNAMENT =
      QaSet.knowledgeBaseOf(
          """
          关于举办2027年全市职工乒乓球比赛的通知

          一、比赛项目
          男子单打、女子单打、混合双打，共三个项目。

          二、其他事项
          比赛期间统一提供午餐。比赛不收报名费。
          """);

  @Test
  void whatKindOfEventItIsIsAnsweredByTheTitleThatNamesIt() {
    for (String q : new String[] {"这是什么比赛", "比赛叫什么名字", "这次是什么活动"}) {
      Answer a = TOURNAMENT.answer(q);

      assertThat(a.kind()).as(q).isEqualTo(Answer.Kind.ANSWER);
      assertThat(a.text()).as(q).contains("全市职工乒乓球比赛").doesNotContain("午餐", "报名费");
      assertThat(a.sources()).as(q).extracting(s -> s.section()).containsExactly("标题");
    }
  }

  @Test
  void anEventTheTitleCallsAnActivityIsNamedByItsKindToo() {
    KnowledgeBase selection =
        QaSet.knowledgeBaseOf("南湖市总工会关于开展2027年度“南湖最美职工”推荐评选活动的通知\n\n一、评选名额\n全市共评选“南湖最美职工”20名。\n");

    assertThat(selection.answer("这次评选叫什么").text()).contains("“南湖最美职工”推荐评选活动");
  }

  @Test
  void aKindTheTitleDoesNotEndWithIsLeftToTheText() {
    KnowledgeBase bundled = QaSet.knowledgeBaseOf(KnowledgeBase.bundledNotice().text());

    assertThat(bundled.answer("劳动竞赛叫什么名字").text()).contains("百万职工大比武");
  }

  @Test
  void whatDocumentThisIsIsItsTitle() {
    for (String q : new String[] {"这是什么通知", "这是啥文件", "这份是什么文件"}) {
      assertThat(TOURNAMENT.answer(q).text()).as(q).contains("全市职工乒乓球比赛的通知》");
    }
  }
}
