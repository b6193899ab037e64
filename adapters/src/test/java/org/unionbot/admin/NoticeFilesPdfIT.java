package org.unionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * PDFs with Chinese text, as officers upload them. Making one needs a CJK font on the machine
 * (Debian's fonts-wqy-microhei), which adapters' pre-integration-test phase installs when missing
 * (src/test/provision/debian-packages.sh): these run after it, as integration tests, and fail
 * naming the package when it is still missing rather than being skipped.
 */
class NoticeFilesPdfIT {
  private static final String NOTICE = "关于发放2025年防暑降温费的通知\n\n各基层工会：\n防暑降温费每人每月300元，随7月工资发放。\n";

  private static void assertFontInstalled() {
    assertThat(NoticeDocs.hasChineseFont())
        .as(
            "making a Chinese PDF needs the Debian package fonts-wqy-microhei: the test command"
                + " installs it when it can (its [provision] line), else run 'sudo apt-get install"
                + " -y fonts-wqy-microhei'")
        .isTrue();
  }

  @Test
  void aTextPdfIsReadLineByLine() {
    assertFontInstalled();
    NoticeFile file = NoticeFiles.read(NoticeDocs.pdf(NOTICE.strip()));
    assertThat(file.format()).isEqualTo("pdf");
    assertThat(file.text()).contains("防暑降温费每人每月300元，随7月工资发放。");
    assertThat(file.text().lines().findFirst()).contains("关于发放2025年防暑降温费的通知");
  }

  @Test
  void anOfficialDocumentsPdfIsAnsweredAsItsReaderReadsIt() {
    assertFontInstalled();
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
}
