package org.unionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
