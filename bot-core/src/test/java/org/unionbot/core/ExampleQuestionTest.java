package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * The example question the welcome, the help and the empty-input hint offer (also the chat page's
 * placeholder) is answered, whatever notice serves: a fixed example stops working when an admin
 * replaces the notice.
 */
class ExampleQuestionTest {

  @TempDir Path data;
  private ScoreStore scores;

  @AfterEach
  void close() {
    scores.close();
  }

  private Bot bot(String notice) {
    scores = SqlScoreStore.open(data);
    KnowledgeBase kb =
        notice.isEmpty()
            ? KnowledgeBase.bundled()
            : KnowledgeBase.of(List.of(new NoticeText("n", Optional.empty(), notice)));
    return new Bot(kb, scores);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "关于开展职工书屋读书月活动的通知\n\n一、活动时间\n\n读书月活动自4月1日起至4月30日止。\n\n"
            + "二、工作要求\n\n各单位要加强组织领导，活动结束后于5月10日前报送工作总结。",
        "职工朋友们：\n\n江北区总工会定于7月8日至7月12日开展职工无偿献血活动。\n\n" + "联系人：区总工会组宣部 陈晓燕，电话：0523-86120457。"
      })
  void theOfferedExampleIsAnswered(String notice) {
    Bot bot = bot(notice);
    Reply welcome = bot.handle(new Message.Event("u", "subscribe", ""));
    Reply help = bot.handle(new Message.Text("u", "帮助"));

    assertThat(welcome.suggestions()).hasSize(1);
    assertThat(help.suggestions()).isEqualTo(welcome.suggestions());
    String example = welcome.suggestions().get(0);
    assertThat(welcome.text()).contains(example);
    assertThat(bot.handle(new Message.Text("u", example)).kind()).isEqualTo(Reply.Kind.ANSWER);
  }
}
