package org.unionbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chat bench's targets on the command line, and its report's medians and ratios. */
class ChatBenchTest {
  private static final Path JAR = Path.of("adapters/target/unionbot.jar");

  @Test
  void readsATargetWithFlagsThatHoldSpacesAndCommas() {
    ServerTarget target =
        ServerTarget.parse(
            "name=limits-on,jar=/tmp/a.jar,flags=--limit 20 --exempt 127.0.0.1,10.0.0.1"
                + " --note \"two words\" --x='a b'",
            JAR);

    assertThat(target.name()).isEqualTo("limits-on");
    assertThat(target.jar()).isEqualTo(Path.of("/tmp/a.jar"));
    assertThat(target.flags())
        .containsExactly(
            "--limit", "20", "--exempt", "127.0.0.1,10.0.0.1", "--note", "two words", "--x=a b");
  }

  @Test
  void aTargetWithoutJarOrFlagsUsesTheBenchsJar() {
    ServerTarget target = ServerTarget.parse("name=plain", JAR);

    assertThat(target.jar()).isEqualTo(JAR);
    assertThat(target.flags()).isEmpty();
    assertThat(target.flagsText()).isEqualTo("(none)");
    assertThat(ServerTarget.parse("jar=/x.jar,name=b,flags=", JAR).flags()).isEmpty();
  }

  @Test
  void refusesBadTargets() {
    assertThatThrownBy(() -> ServerTarget.parse("jar=/x.jar", JAR)).hasMessageContaining("name=");
    assertThatThrownBy(() -> ServerTarget.parse("name=a b", JAR))
        .hasMessageContaining("target name");
    assertThatThrownBy(() -> ServerTarget.parse("name=a,colour=red", JAR))
        .hasMessageContaining("unknown field colour");
    assertThatThrownBy(() -> ServerTarget.parse("name=a,jar", JAR))
        .hasMessageContaining("not name=value");
    assertThatThrownBy(() -> ServerTarget.parse("name=a,flags=--port 8080", JAR))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerTarget.parse("name=a,flags=--data=/tmp", JAR))
        .hasMessageContaining("--data");
    assertThatThrownBy(() -> ServerTarget.parse("name=a,flags=--x \"open", JAR))
        .hasMessageContaining("unclosed quote");
  }

  @Test
  void reportsMediansOfUndisturbedRoundsAndRatiosToTheFirstTarget() {
    ServerTarget before = ServerTarget.parse("name=before", JAR);
    ServerTarget on = ServerTarget.parse("name=on,flags=--limits on", JAR);
    LoadResults load =
        new LoadResults(
            List.of(
                row("warmup", "before", 1, 1000, 0, 0.0),
                row("run", "before", 1, 1000, 10_000, 0.0),
                row("run", "on", 1, 950, 11_000, 0.0),
                row("run", "on", 2, 990, 12_000, 0.0),
                row("run", "before", 2, 1000, 10_000, 0.5), // disturbed: round 2 does not count
                row("run", "before", 3, 1100, 9_000, 0.0),
                row("run", "on", 3, 1078, 13_000, 0.0)),
            Map.of("before", true, "on", true));
    ChatReport report = new ChatReport("a machine", 64, 2000, 11, 2, List.of(before, on));
    report.server("before", 400, 0, false);
    report.server("on", 410, 0, false);
    report.load(load, 0);

    List<ChatReport.Summary> summaries = report.summaries();

    assertThat(summaries.get(0).runs()).isEqualTo(2);
    assertThat(summaries.get(0).rate()).isCloseTo(1050, within(1e-9));
    assertThat(summaries.get(1).rate()).isCloseTo(1014, within(1e-9));
    assertThat(summaries.get(1).ratio()).isCloseTo(1014.0 / 1050, within(1e-9));
    assertThat(summaries.get(1).roundRatio()).isCloseTo((0.95 + 0.98) / 2, within(1e-9));
    assertThat(summaries.get(1).p99Ms()).isCloseTo(12, within(1e-9));
    assertThat(summaries.get(1).rssMb()).isEqualTo(410);
    assertThat(report.valid()).isTrue();
    assertThat(report.markdown())
        .contains("| on | `unionbot.jar` `--limits on` | 1,014 | 0.966 |")
        .contains("| 2 | 1,000, 10.00 ms | 990, 12.00 ms | no: other processes")
        .doesNotContain("INVALID");
    assertThat(report.tsv().lines())
        .hasSize(3)
        .element(2)
        .asString()
        .startsWith("on\tadapters/target/unionbot.jar\t--limits on\t2\t1014.0\t0.9657\t0.9650");

    report.server("on", 410, 143, false);
    assertThat(report.valid()).isFalse();
    assertThat(report.markdown()).contains("**INVALID: on exited 143");
  }

  @Test
  void readsTheChatRepliesByKindFromMetrics() {
    String metrics =
        String.join(
            "\n",
            "# HELP unionbot_replies_total Bot replies by channel and kind (answer, fallback, ...)",
            "# TYPE unionbot_replies_total counter",
            "unionbot_replies_total{channel=\"chat\",kind=\"grade\"} 120.0",
            "unionbot_replies_total{channel=\"chat\",kind=\"answer\"} 1500.0",
            "unionbot_replies_total{channel=\"chat\",kind=\"none\"} 0.0",
            "unionbot_replies_total{channel=\"wechat\",kind=\"answer\"} 9.0",
            "unionbot_http_requests_seconds_count{method=\"POST\"} 3.0");

    assertThat(ChatReport.chatReplies(metrics))
        .containsExactly(Map.entry("answer", 1500L), Map.entry("grade", 120L));
  }

  private static LoadResults.Row row(
      String kind, String target, int index, double rate, long p99, double other) {
    return new LoadResults.Row(
        kind,
        target,
        index,
        (long) rate * 60,
        0,
        0,
        60,
        rate,
        p99 / 2,
        p99,
        p99,
        p99,
        0.9,
        0.2,
        other,
        0,
        0.9,
        0.2);
  }
}
