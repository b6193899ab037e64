package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An essay-contest call (征文启事) as a public-account post: who may enter with a qualification, what
 * an entry must say of its author, how the works are used, and a contact person whose number is on
 * the next line.
 */
class EssayContestTest {

  private static final String CALL =
      """
      # 「劳动创造幸福」全市职工主题征文启事

      榆江市总工会决定于2027年4月至8月在全市职工中开展主题征文活动。

      ## 一、参赛对象

      全市各级工会会员均可参加。市总工会机关及直属事业单位工作人员可以投稿，但不参与评奖。

      ## 二、投稿方式

      1. 本次征文只接受电子邮件投稿，投稿邮箱：yjghzw2027@163.com。
      2. 文末请注明作者姓名、工作单位、联系电话和身份证号码。

      ## 三、奖项设置

      | 奖项 | 名额 | 奖金 |
      | --- | --- | --- |
      | 一等奖 | 3名 | 2000元 |
      | 二等奖 | 6名 | 1200元 |
      | 三等奖 | 10名 | 800元 |

      ## 四、注意事项

      1. 来稿一律不退，请作者自留底稿。
      2. 作者投稿即视为同意将作品的复制权无偿授予主办方，主办方有权对作品进行编辑、修改，并用于出版、展览和网络宣传。

      ## 五、联系方式

      联系人：市总工会宣传教育部　韩雨桐

      联系电话：0736-6213457，13907365126

      榆江市总工会

      2027年4月10日

      编辑：许晴　｜　审核：邵文昊
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("call", Optional.empty(), CALL)));

  @Test
  void aYesIsGivenWithWhatQualifiesIt() {
    assertThat(KB.answer("市总工会直属事业单位的人可以投稿吗").text()).contains("可以投稿", "但不参与评奖");
  }

  @Test
  void anIdentityCardNumberIsNoContact() {
    assertThat(KB.answer("文末需要写身份证号码吗").text()).contains("身份证号码").doesNotContain("0736");
  }

  @Test
  void aQuestionOfTheUseIsAnsweredByTheClauseThatSaysIt() {
    assertThat(KB.answer("主办方会把作品用在哪些地方").text()).contains("出版", "网络宣传");
  }

  @Test
  void theContactPersonComesWithTheNumberOnTheNextLine() {
    assertThat(KB.answer("联系人手机号是多少").text()).contains("韩雨桐", "13907365126");
  }

  @Test
  void aPostIsDatedAboveItsEditorsLine() {
    assertThat(KB.answer("启事是哪天发布的").text()).contains("2027年4月10日");
    assertThat(KB.answer("启事的落款单位是谁").text()).contains("榆江市总工会");
    assertThat(KB.answer("发布日期").text()).contains("2027年4月10日");
  }

  @Test
  void aTablesRowIsAskedByItsPlace() {
    assertThat(KB.answer("奖项表第三行是什么奖").text()).contains("三等奖");
    assertThat(KB.answer("奖项表最后一行是什么").text()).contains("三等奖");
  }
}
