package org.unionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.http.HttpError;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

class NoticeFilesTest {
  private static final String NOTICE = "关于发放2025年防暑降温费的通知\n\n各基层工会：\n防暑降温费每人每月300元，随7月工资发放。\n";
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void gbkTextFromNotepadIsDecodedAsGb18030() {
    NoticeFile file = NoticeFiles.read(NOTICE.getBytes(GB18030));
    assertThat(file.format()).isEqualTo("gb18030");
    assertThat(file.text()).isEqualTo(NOTICE);
    assertThat(NoticeFiles.read(NOTICE.getBytes(Charset.forName("GBK"))).text()).isEqualTo(NOTICE);
  }

  @Test
  void validUtf8IsAlwaysReadAsUtf8WithOrWithoutAByteOrderMark() {
    // UTF-8 is tried before GB18030, so no valid UTF-8 is ever re-read
    String mixed = "工会 résumé ✓ 😀\n第二行";
    assertThat(NoticeFiles.read(mixed.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(mixed);
    byte[] bom = ("\uFEFF" + mixed).getBytes(StandardCharsets.UTF_8);
    assertThat(NoticeFiles.read(bom).text()).isEqualTo(mixed);
    assertThat(NoticeFiles.read(("\uFEFF" + mixed).getBytes(StandardCharsets.UTF_16LE)).text())
        .isEqualTo(mixed);
  }

  @Test
  void aWordDocumentGivesItsParagraphsAndItsTitleProperty() {
    NoticeFile plain = NoticeFiles.read(NoticeDocs.docx(NOTICE, Optional.empty()));
    assertThat(plain.format()).isEqualTo("docx");
    assertThat(plain.text()).isEqualTo(NOTICE.strip());
    assertThat(plain.title()).isEmpty();

    NoticeFile titled = NoticeFiles.read(NoticeDocs.docx(NOTICE, Optional.of("降温费通知")));
    assertThat(titled.title()).contains("降温费通知");
  }

  @Test
  void aWordTableBecomesAMarkdownTableWhoseCellsTheNoticeNamesByColumn() {
    String[][] rows = {
      {"阶段", "日期", "地点"},
      {"小组赛", "4月10日", "市体育运动学校乒乓球馆"},
      {"决赛", "4月17日", "市职工文体中心"}
    };
    NoticeFile file = NoticeFiles.read(NoticeDocs.docxWithTable("乒乓球比赛安排\n\n一、比赛日程", rows));

    assertThat(file.text())
        .contains("| 阶段 | 日期 | 地点 |\n| --- | --- | --- |\n| 小组赛 | 4月10日 | 市体育运动学校乒乓球馆 |");
    KnowledgeBase kb =
        KnowledgeBase.of(List.of(new NoticeText("t", Optional.empty(), file.text())));
    assertThat(kb.answer("决赛在哪里").text()).contains("决赛：日期为4月17日，地点为市职工文体中心");
  }

  @Test
  void aTextPdfIsReadLineByLine() {
    assumeTrue(NoticeDocs.hasChineseFont(), "needs fonts-wqy-microhei");
    NoticeFile file = NoticeFiles.read(NoticeDocs.pdf(NOTICE.strip()));
    assertThat(file.format()).isEqualTo("pdf");
    assertThat(file.text()).contains("防暑降温费每人每月300元，随7月工资发放。");
    assertThat(file.text().lines().findFirst()).contains("关于发放2025年防暑降温费的通知");
  }

  @Test
  void anOfficialDocumentsPdfIsAnsweredAsItsReaderReadsIt() {
    assumeTrue(NoticeDocs.hasChineseFont(), "needs fonts-wqy-microhei");
    // its text layer breaks every line at the page's width, mid-word, with a page number between
    String notice =
        """
        青川市总工会文件
        青工发〔2027〕9号
        关于组织2027年度劳动模范和先进职工
        健康体检的通知
        各县（区）总工会，各产业工会，市直各基层工会：
        为关心关爱劳动模范和先进职工身心健康，市总工会决定组织2027年度劳动模范和先进职工健康体检。现将有关事项通知如下：
        一、体检时间
        体检分两批进行：第一批为全国和省级劳动模范，时间为5月10日至5月21日；第二批为市级劳动模范和五一劳动奖章获得者，时间为6月7日至6月18日。每天上午7:30至10:00接待，周六、周日不安排体检。
        二、体检地点
        体检地点为青川市人民医院健康管理中心（建设路88号门诊楼五楼）。体检项目包括一般检查、血常规、肝肾功能、心电图、胸部CT和腹部彩超等，女性另加妇科检查和乳腺彩超。
        青川市总工会
        2027年4月6日
        """;
    NoticeFile file = NoticeFiles.read(NoticeDocs.officialPdf(notice.strip(), 10));
    assertThat(file.text()).contains("时间为5月10\n日至5月21日").contains("— 1 —");

    KnowledgeBase kb =
        KnowledgeBase.of(List.of(new NoticeText("t", Optional.empty(), file.text())));
    assertThat(kb.notices().get(0).title()).isEqualTo("关于组织2027年度劳动模范和先进职工健康体检的通知");
    assertThat(kb.answer("第二批什么时候体检").text()).contains("6月7日至6月18日");
    assertThat(kb.answer("体检中心在几楼").text()).contains("五楼");
    assertThat(kb.answer("文号是多少").text()).contains("青工发〔2027〕9号");
  }

  @Test
  void everyUnreadableFileIsRefusedInChineseWithWhatToDo() {
    assertRefused(NoticeDocs.scannedPdf(), "扫描图片", "Word");
    assertRefused("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "PDF", "Word");
    assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "Word", "另存为");
    assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, ".doc", ".docx");
    assertRefused(new byte[] {(byte) 0xFF, 0x00, 0x12, (byte) 0xFE}, "读不出", ".txt");
    assertRefused("abc\u0000\u0001def".getBytes(StandardCharsets.UTF_8), "读不出", ".docx");
    assertRefused(" \n\t\n".getBytes(StandardCharsets.UTF_8), "没有文字", "正文");
    assertRefused(NoticeDocs.docx("\n\n", Optional.empty()), "没有文字", "正文");
  }

  private static void assertRefused(byte[] bytes, String... words) {
    assertThatThrownBy(() -> NoticeFiles.read(bytes))
        .isInstanceOfSatisfying(
            HttpError.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains(words).doesNotContain("Exception");
            });
  }
}
