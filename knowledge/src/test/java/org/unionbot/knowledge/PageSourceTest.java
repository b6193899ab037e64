package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice pasted as the HTML source of the union website's editor: a style block, an editor's
 * comment, spans that split sentences, entities, an ordered and an unordered list, a table, a photo
 * with its caption under it. It is answered as the page reads, not as its markup.
 */
class PageSourceTest {

  private static final String PAGE =
      """
      <style type="text/css">
      .TRS_Editor P{margin-top:0;font-family:仿宋_GB2312;font-size:16pt;}
      </style>
      <div class="TRS_Editor">
      <!-- 编辑：柯雨　二审：报名截止由8月10日改为8月12日 -->
      <p style="text-align:center;"><strong><span style="font-size:22pt;">关于举办2027年溪山区&ldquo;安康杯&rdquo;</span><span style="font-size:22pt;">职工应急救护技能比武的通知</span></strong></p>
      <p>&nbsp;</p>
      <p><span style="font-family:仿宋_GB2312;">各街道总工会，区各产业工会：</span></p>
      <p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">为提高职工应急救护能力，区总工会决定举办</span><span style="font-family:仿宋_GB2312;">职工应急救护技能比武。现将有关事项通知如下：</span></p>
      <p style="text-indent:2em;"><strong><span>一、参赛条件</span></strong></p>
      <ol>
      <li><span>本区企事业单位的在职职工；</span></li>
      <li><span>年龄在20至50周岁之间；</span></li>
      <li><span>取得红十字救护员证满1年。</span></li>
      </ol>
      <p style="text-indent:2em;"><strong><span>二、比武安排</span></strong></p>
      <table border="1">
      <tbody>
      <tr><th>项目</th><th>时间</th><th>地点</th></tr>
      <tr><td>理论考试</td><td>9月3日<br/>9:00&mdash;10:00</td><td>区职工服务中心二楼</td></tr>
      <tr><td>心肺复苏实操</td><td>9月4日</td><td>区急救培训基地</td></tr>
      </tbody>
      </table>
      <p style="text-align:center;"><img src="/uploads/2027/W0207.jpg" alt="2026年比武实操现场" /></p>
      <p style="text-align:center;"><span>2026年比武实操现场。上届共有86名职工参加。</span></p>
      <p style="text-indent:2em;"><strong><span>三、奖励办法</span></strong></p>
      <ul>
      <li><span>一等奖3名，各奖励1500元；</span></li>
      <li><span>二等奖6名，各奖励800元。</span></li>
      </ul>
      <p style="text-indent:2em;"><strong><span>四、报名方式</span></strong></p>
      <p style="text-indent:2em;"><span>请于8月12日前将报名表发送至</span>
      <span>邮箱jiuhu@xishan.example.cn。</span></p>
      <p style="text-align:right;"><span>联系人：姜若溪（区总工会宣教部）&nbsp;&nbsp;电话：0571-8816027</span></p>
      <p style="text-align:right;"><span>龙思远（区急救培训基地）&nbsp;&nbsp;电话：0571-8816031</span></p>
      <p style="text-align:right;"><span>溪山区总工会</span></p>
      <p style="text-align:right;"><span>2027年7月20日</span></p>
      </div>
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("page", Optional.empty(), PAGE)));

  @Test
  void theTitleIsThePagesHeadlineWithItsEntitiesAsCharacters() {
    assertThat(KB.answer("这个通知的标题是什么").text())
        .contains("关于举办2027年溪山区“安康杯”职工应急救护技能比武的通知")
        .doesNotContain("&ldquo;", "<span", "font-size");
  }

  @Test
  void aSentenceSplitOverSpansAndSourceLinesIsOneSentence() {
    assertThat(KB.answer("报名截止时间是哪天").text()).contains("8月12日前");
    assertThat(KB.answer("报名表发到哪个邮箱").text()).contains("jiuhu@xishan.example.cn");
  }

  @Test
  void theEditorsCommentIsNoPartOfTheNotice() {
    assertThat(KB.answer("报名截止日期改了吗").text()).doesNotContain("二审", "8月10日");
  }

  @Test
  void anOrderedListIsNumberedAndATableIsReadByItsColumns() {
    assertThat(KB.answer("参赛条件第二条是什么").text()).contains("20至50周岁");
    assertThat(KB.answer("心肺复苏实操在哪里").text()).contains("区急救培训基地");
    assertThat(KB.answer("理论考试几点开始").text()).contains("9:00");
    assertThat(KB.answer("比武安排表有几列").text()).contains("共三列：项目、时间、地点");
  }

  @Test
  void thePhotosCaptionIsTheParagraphUnderIt() {
    assertThat(KB.answer("上届有多少名职工参加").text()).contains("86名");
  }

  @Test
  void aContactLineKeepsItsPhoneAndTheNameUnderItIsASecondContact() {
    assertThat(KB.answer("联系电话是多少").text()).contains("姜若溪", "0571-8816027");
    assertThat(KB.answer("联系人是谁").text()).contains("姜若溪", "龙思远");
  }

  @Test
  void aMarkdownNoticeWithATagInItIsNoPage() {
    String markdown =
        """
        # 溪山区职工读书月活动安排

        | 活动 | 时间 |
        | --- | --- |
        | 读书分享会 | 4月23日<br>下午 |
        | 图书漂流 | 4月全月 |

        联系人：姜若溪，电话：0571-8816027
        """;
    KnowledgeBase kb = KnowledgeBase.of(List.of(new NoticeText("md", Optional.empty(), markdown)));
    assertThat(kb.answer("读书分享会是哪天").text()).contains("4月23日");
  }
}
