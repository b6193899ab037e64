package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An announcement of election results: names lined up in rows, two-character names and labels
 * padded to three with an ideographic space (王　芳, 主　任：), and the ways to object as numbered points
 * that each give a value under a label; a role on a line of its own over the lines of the people
 * who hold it.
 */
class ElectionResultsTest {

  private static final String RESULTS =
      """
      关于江城市建设工会第二届委员会选举结果的公告

      江城市建设工会第二次会员代表大会于2027年10月12日召开，选举产生了第二届委员会和经费审查委员会。现将选举结果公告如下：

      一、第二届委员会委员（按姓氏笔画为序）
      王　芳　田志强　刘　洋　李　强　吴建国
      张丽华　陈　静　周晓东　黄　明

      二、第二届委员会主席、副主席
      主　席：周晓东　江城市住房和城乡建设局机关党委书记
      副主席（按姓氏笔画为序）：
      田志强　江城市政集团有限公司工会主席（兼职）
      张丽华（女）　江城建工集团有限公司工会主席（兼职）

      三、经费审查委员会
      委　员：刘　洋　吴建国　黄　明
      主　任：吴建国（兼）

      四、公示
      公示期为5个工作日。对当选人员有异议的，可以通过以下方式反映：
      （一）电话：0571-8801234（工作日上午8:30—12:00）
      （二）来信：寄江城市人民路8号市总工会组织部，以邮戳日期为准
      （三）电子邮箱：jczgh@163.com

      江城市建设工会
      2027年10月13日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("results", Optional.empty(), RESULTS)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aLabelPaddedToThreeCharactersNamesTheRoleItHolds() {
    assertThat(said("主席是谁")).contains("周晓东").doesNotContain("不太确定");
    assertThat(said("经审会主任是谁")).contains("吴建国");
  }

  @Test
  void aLineOfNamesIsQuotedAsWrittenAndIsNoPhotoCaption() {
    String reply = KB.answer("李强是委员吗").text();

    assertThat(reply).contains("王　芳　田志强　刘　洋　李　强").doesNotContain("图片说明");
  }

  @Test
  void theNamesOfALineAreItsItemsInTheirOrder() {
    assertThat(said("经费审查委员会委员最后一位是谁")).contains("黄　明").doesNotContain("刘　洋");
  }

  @Test
  void aRoleOnALineOfItsOwnIsHeldByThePeopleOfTheLinesUnderIt() {
    assertThat(said("副主席是谁")).contains("田志强", "张丽华").doesNotContain("周晓东").doesNotContain("不太确定");
    assertThat(said("主席是谁")).contains("周晓东").doesNotContain("田志强");
  }

  @Test
  void theHoldersOfARoleAreCountedAndAskedByPlace() {
    assertThat(said("有几位副主席")).contains("两位", "田志强", "张丽华");
    assertThat(said("第二位副主席是谁")).contains("张丽华").doesNotContain("田志强");
  }

  @Test
  void aPlaceInAListOfNamesIsAskedByPerson() {
    assertThat(said("委员名单第二位是谁")).contains("田志强").doesNotContain("王　芳");
  }

  @Test
  void numberedPointsThatGiveAValueUnderALabelStayApart() {
    assertThat(said("电子邮箱是什么")).contains("jczgh@163.com").doesNotContain("邮戳");
    assertThat(said("来信以什么日期为准")).contains("以邮戳日期为准").doesNotContain("0571");
    // a point that gives a telephone number is a point like the others, not a contact line apart
    assertThat(said("反映意见有哪几种方式")).contains("电话", "来信", "电子邮箱");
  }
}
