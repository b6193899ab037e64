package org.unionbot.admin;

import static org.unionbot.admin.AdminJson.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.unionbot.core.admin.AuditEntry;
import org.unionbot.core.admin.VersionDiff;
import org.unionbot.core.admin.VersionInfo;

/**
 * The history's JSON (docs/api.md "Versions and rollback"): versions and audit entries, each with
 * its sentence in Chinese ({@code summary}), and the diff a rollback would make.
 */
final class HistoryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryJson() {}

  static String versions(List<VersionInfo> versions, List<String> summaries, long current) {
    ArrayNode out = JSON.createArrayNode();
    for (int i = 0; i < versions.size(); i++) {
      VersionInfo v = versions.get(i);
      out.addObject()
          .put("version", v.version())
          .put("at", time(v.at()))
          .put("actor", v.actor())
          .put("action", v.action())
          .put("target", v.target())
          .put("current", v.version() == current)
          .put("summary", summaries.get(i));
    }
    return out.toString();
  }

  static String audit(List<AuditEntry> entries, List<String> summaries) {
    ArrayNode out = JSON.createArrayNode();
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry a = entries.get(i);
      out.addObject()
          .put("at", time(a.at()))
          .put("actor", a.actor())
          .put("action", a.action())
          .put("target", a.target())
          .put("version", a.version())
          .put("summary", summaries.get(i));
    }
    return out.toString();
  }

  /**
   * {@code {"version","current","unchanged","summary","lines":[..],"documents":{"added":[{"id",
   * "title"}],"removed":[..],"changed":[..]},"faqs":{..},"synonyms":{..},"quiz":{..,
   * "disabled":[..], "enabled":[..]}}}.
   */
  static String diff(VersionDiff d) {
    ObjectNode out =
        JSON.createObjectNode()
            .put("version", d.target())
            .put("current", d.current())
            .put("unchanged", d.isEmpty())
            .put("summary", d.summary());
    d.lines().forEach(out.putArray("lines")::add);
    part(out.putObject("documents"), d.documents());
    part(out.putObject("faqs"), d.faqs());
    part(out.putObject("synonyms"), d.synonyms());
    ObjectNode quiz = out.putObject("quiz");
    part(quiz, d.quiz());
    items(quiz.putArray("disabled"), d.quizDisabled());
    items(quiz.putArray("enabled"), d.quizEnabled());
    return out.toString();
  }

  private static void part(ObjectNode out, VersionDiff.Part part) {
    items(out.putArray("added"), part.added());
    items(out.putArray("removed"), part.removed());
    items(out.putArray("changed"), part.changed());
  }

  private static void items(ArrayNode out, List<VersionDiff.Item> items) {
    items.forEach(i -> out.addObject().put("id", i.id()).put("title", i.title()));
  }
}
