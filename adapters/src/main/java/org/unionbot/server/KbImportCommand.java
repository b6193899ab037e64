package org.unionbot.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.unionbot.core.Bot;
import org.unionbot.core.admin.Change;
import org.unionbot.knowledge.Content;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.Synonym;
import org.unionbot.knowledge.quiz.QuizItem;
import org.unionbot.wechat.Menu;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kb import DIR}: reads back what {@code kb export} wrote and makes it the whole knowledge
 * base, as one new version ({@link org.unionbot.core.admin.Admin#replaceContent}); the versions
 * before it stay, so {@code rollback} returns to them. The menu, when exported, replaces the stored
 * one. Like every {@code kb} command, it refuses while the server runs on the directory.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Replace the knowledge base with what kb export wrote to DIR, as one new version (earlier"
            + " versions stay for rollback).")
final class KbImportCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory written by kb export.")
  Path dir;

  @Mixin KbCommand.DataOption data;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What was read: the content and the menu JSON, if one was exported. */
  record Export(Content content, Optional<String> menu) {}

  @Override
  public Integer call() {
    Export export = read();
    return data.withAdmin(
        (admin, out) -> {
          Change change = admin.replaceContent(KbCommand.CLI, export.content());
          export
              .menu()
              .filter(m -> !admin.menu().equals(Optional.of(m)))
              .ifPresent(m -> admin.putMenu(KbCommand.CLI, m));
          out.println(
              "imported "
                  + export.content().documents().size()
                  + " documents from "
                  + dir
                  + (export.menu().isPresent() ? " with the menu" : "")
                  + "; version "
                  + change.version());
        });
  }

  /** Reads DIR/knowledge.json and the documents it names; exit 2 on anything unreadable. */
  private Export read() {
    Path manifestFile = dir.resolve("knowledge.json");
    try {
      JsonNode m = JSON.readTree(manifestFile.toFile());
      if (m == null || !m.isObject()) {
        throw bad(manifestFile + " is not a kb export (no JSON object)");
      }
      List<NoticeText> docs = new ArrayList<>();
      for (JsonNode d : m.path("documents")) {
        String name = text(d, "file");
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir.normalize()) || !Files.isRegularFile(file)) {
          throw bad("document file " + name + " is not in " + dir);
        }
        docs.add(
            new NoticeText(
                text(d, "id"),
                Optional.of(text(d, "title")),
                Files.readString(file, StandardCharsets.UTF_8)));
      }
      List<Faq> faqs = new ArrayList<>();
      for (JsonNode f : m.path("faq")) {
        List<String> alternatives = new ArrayList<>();
        f.path("alternatives").forEach(a -> alternatives.add(a.asText())); // absent before V5
        faqs.add(new Faq(text(f, "id"), text(f, "question"), text(f, "answer"), alternatives));
      }
      List<Synonym> synonyms = new ArrayList<>();
      for (JsonNode y : m.path("synonyms")) {
        synonyms.add(new Synonym(text(y, "term"), text(y, "canonical")));
      }
      List<QuizItem> quiz = new ArrayList<>();
      for (JsonNode q : m.path("quiz")) {
        quiz.add(JSON.treeToValue(q, QuizItem.class));
      }
      Set<String> disabled = new LinkedHashSet<>();
      m.path("disabledQuiz").forEach(id -> disabled.add(id.asText()));
      Optional<String> menu = Optional.ofNullable(m.get("menu")).map(JsonNode::asText);
      if (menu.isPresent()) {
        Menu.parse(menu.get(), Set.copyOf(Bot.MENU_KEYS)); // the admin API's check
      }
      return new Export(new Content(docs, faqs, synonyms, quiz, disabled), menu);
    } catch (JsonProcessingException e) {
      throw bad(manifestFile + " is not a kb export: " + e.getOriginalMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw bad("cannot read " + manifestFile + " and its documents: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw bad(manifestFile + " is not a kb export: " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing in " + node);
    }
    return value.asText();
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
