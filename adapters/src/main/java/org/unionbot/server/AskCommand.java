package org.unionbot.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unionbot.chat.ChatJson;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.ScoreStoreException;
import org.unionbot.core.score.SqliteScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask "问题"}: answers one question on stdout, as the chat API would. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answer one question and print the reply.")
final class AskCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in Chinese.")
  String question;

  @Option(names = "--json", description = "Print the chat API's JSON instead of the text.")
  boolean json;

  @Option(
      names = "--notice",
      paramLabel = "FILE",
      description = "Answer from this notice (plain text or Markdown) instead of the bundled one.")
  Path notice;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory, holding the scores database (default: ./data).")
  Path data;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (question.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "QUESTION must not be empty");
    }
    KnowledgeBase kb = KnowledgeBase.of(List.of(noticeText()));
    Reply reply;
    try (ScoreStore scores = SqliteScoreStore.open(data == null ? Path.of("data") : data)) {
      reply = new Bot(kb, scores).handle(new Message.Text("cli", question));
    } catch (ScoreStoreException e) {
      spec.commandLine()
          .getErr()
          .println("unionbot: cannot open the data directory: " + e.getMessage());
      return 1;
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    out.println(json ? ChatJson.write(reply) : reply.text());
    out.flush();
    return 0;
  }

  private NoticeText noticeText() {
    try {
      return Notices.read(Optional.ofNullable(notice));
    } catch (ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
