package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/** {@code --notice FILE} seeds the knowledge base from that file instead of the bundled notice. */
class NoticesTest {
  @TempDir Path dir;

  @Test
  void withoutAFileTheBundledNotice() {
    assertThat(Notices.read(Optional.empty()).id()).isEqualTo(KnowledgeBase.BUNDLED_ID);
  }

  @Test
  void aFileBecomesTheKnowledgeBase() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("canteen.md"),
            "# 食堂通知\n\n一、开放时间\n职工食堂每天中午十一点半开放，晚上六点关闭。\n",
            java.nio.charset.StandardCharsets.UTF_8);

    NoticeText notice = Notices.read(Optional.of(file));
    Bot bot = new Bot(KnowledgeBase.of(List.of(notice)), TestData.scores());

    assertThat(notice.id()).isEqualTo("canteen");
    assertThat(bot.handle(new Message.Text("u", "职工食堂几点开放")).text()).contains("十一点半");
  }

  @Test
  void unreadableOrBlankFilesAreConfigErrors() throws Exception {
    Path blank = Files.writeString(dir.resolve("blank.txt"), "\n\n");

    assertThatThrownBy(() -> Notices.read(Optional.of(dir.resolve("absent.txt"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read notice file");
    assertThatThrownBy(() -> Notices.read(Optional.of(blank)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("notice file is empty");
  }
}
