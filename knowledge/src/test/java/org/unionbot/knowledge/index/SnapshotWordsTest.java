package org.unionbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.NoticeParser;

/** Whether a notice says a word the thesaurus offers, or only a longer word that starts with it. */
class SnapshotWordsTest {

  private static Snapshot of(String text) {
    return Snapshot.build(
        1, List.of(new NoticeParser().parse("notice", text, Optional.empty())), List.of());
  }

  @Test
  void aWordOnlyAtTheStartOfALongerOneIsNotSaid() {
    Snapshot kb = of("申请人需提交职工本人身份证复印件。");

    assertThat(kb.contains("身份")).isTrue();
    assertThat(kb.saysAsWord("身份")).isFalse();
  }

  @Test
  void aWordThatEndsALongerOneOrStandsAloneIsSaid() {
    Snapshot kb = of("讲座特邀市第三人民医院心理科副主任医师林晓主讲。参赛者须具有会员身份。");

    assertThat(kb.saysAsWord("医师")).isTrue();
    assertThat(kb.saysAsWord("身份")).isTrue();
    assertThat(kb.saysAsWord("护士")).isFalse();
  }
}
