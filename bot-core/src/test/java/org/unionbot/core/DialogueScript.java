package org.unionbot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A conversation checked into {@code src/test/resources/dialogues} (its README gives the format):
 * what the user sends, and the kind and key words each reply must have. Shared by the tests that
 * run the scripts through {@link Bot} and through {@code POST /api/chat}.
 *
 * @param name the file's name
 * @param steps the messages and what their replies must be, in order
 */
public record DialogueScript(String name, List<Step> steps) {

  /** The scripts, by file name. */
  public static final List<String> FILES =
      List.of(
          "smalltalk.txt",
          "summary.txt",
          "count-followups.txt",
          "sentence-followups.txt",
          "referral.txt",
          "practice.txt",
          "mistakes.txt",
          "units.txt");

  /**
   * The units every script runs with ({@code dialogues/units.csv}), as an admin would load them.
   */
  public static List<org.unionbot.core.contest.Unit> units() {
    try (InputStream in = DialogueScript.class.getResourceAsStream("/dialogues/units.csv")) {
      return org.unionbot.core.contest.Unit.parseCsv(
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One message and what its reply must be.
   *
   * @param line the script's line number of the message, for failure messages
   * @param says what the user sends
   * @param kind the reply's kind as the chat API names it
   * @param present words the reply's text must contain
   * @param absent words it must not contain
   */
  public record Step(
      int line, String says, String kind, List<String> present, List<String> absent) {

    /** What is wrong with a reply of {@code kind} and {@code text}, or "" when it passes. */
    public String check(String replyKind, String text) {
      List<String> wrong = new ArrayList<>();
      if (!kind.equals(replyKind)) {
        wrong.add("kind " + replyKind + ", expected " + kind);
      }
      present.stream().filter(w -> !text.contains(w)).forEach(w -> wrong.add("missing " + w));
      absent.stream().filter(text::contains).forEach(w -> wrong.add("unwanted " + w));
      return wrong.isEmpty()
          ? ""
          : "line " + line + " \"" + says + "\": " + String.join("; ", wrong) + "\n" + text;
    }
  }

  /** The script {@code file} of the test resources' {@code dialogues} folder. */
  public static DialogueScript load(String file) {
    try (InputStream in = DialogueScript.class.getResourceAsStream("/dialogues/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no dialogue script " + file);
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DialogueScript parse(String name, String text) {
    List<Step> steps = new ArrayList<>();
    String says = null;
    int saidAt = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(">")) {
        if (says != null) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": two messages in a row");
        }
        says = line.substring(1).strip();
        saidAt = i + 1;
        continue;
      }
      if (says == null) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": a reply without a message");
      }
      String[] words = line.split("\\s+");
      List<String> present = new ArrayList<>();
      List<String> absent = new ArrayList<>();
      for (int k = 1; k < words.length; k++) {
        (words[k].startsWith("!") ? absent : present)
            .add(words[k].startsWith("!") ? words[k].substring(1) : words[k]);
      }
      steps.add(new Step(saidAt, says, words[0].toLowerCase(Locale.ROOT), present, absent));
      says = null;
    }
    return new DialogueScript(name, steps);
  }
}
