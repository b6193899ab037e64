package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as replies write them: nested book marks, and labels a phone has room for. */
class TitlesTest {

  @ParameterizedTest
  @CsvSource({
    "关于开展职工书屋读书月活动的通知, 《关于开展职工书屋读书月活动的通知》",
    "市总工会下发《通知》 指导职工学习工会十八大精神, 《市总工会下发〈通知〉 指导职工学习工会十八大精神》",
    "'  工会法  ', 《工会法》"
  })
  void aTitleGoesInBookMarksWithAnyInsideNested(String title, String written) {
    assertThat(Titles.book(title)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({
    "关于开展职工书屋读书月活动的通知, 职工书屋读书月活动",
    "市总工会下发《通知》 指导职工学习工会十八大精神, 职工学习工会十八大精神",
    "临川区总工会印发通知部署开展“书香工会·悦享阅读”职工读书学习活动, “书香工会·悦享阅读”职工读书学习活动",
    "江海市第一人民医院工会开展“健康守护·技能提升”职工岗位练兵学习活动, “健康守护·技能提升”职工岗位练兵学习活…",
    "关于举办2025年度全市职工职业技能大赛的通知, 全市职工职业技能大赛",
    "江北区总工会关于开展职工无偿献血活动的通知, 职工无偿献血活动",
    "市总工会关于印发《职工互助保障管理办法》的通知, 《职工互助保障管理办法》",
    "'', 未命名通知",
    "通知, 通知"
  })
  void aLabelSaysWhatTheNoticeIsAboutInTwentyCharactersAtMost(String title, String label) {
    assertThat(Titles.label(title)).isEqualTo(label).hasSizeLessThanOrEqualTo(21);
  }

  @ParameterizedTest
  @CsvSource({
    "关于开展职工书屋读书月活动的通知, 关于开展职工书屋读书月活动的通知",
    "临川区总工会印发通知部署开展“书香工会·悦享阅读”职工读书学习活动, “书香工会·悦享阅读”职工读书学习活动"
  })
  void aShortTitleIsTheTitleUpToTwentySixCharactersElseItsLabel(String title, String shortTitle) {
    assertThat(Titles.shortTitle(title)).isEqualTo(shortTitle);
  }
}
