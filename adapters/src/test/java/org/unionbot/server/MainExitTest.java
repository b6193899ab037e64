package org.unionbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Exit codes: 2 for bad arguments only; an unexpected error is 1, said in one line. */
class MainExitTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("disk on fire");
    }
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    cli.addSubcommand(new Boom());
    cli.setErr(new PrintWriter(err, true)); // reaches the subcommand added after it was made
    return cli.execute(args);
  }

  /** Issue 12: an unexpected runtime error used to exit 2, "bad arguments". */
  @Test
  void anUnexpectedErrorExits1WithOneLine() {
    assertThat(run("boom")).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("unionbot: unexpected error: java.lang.IllegalStateException: disk on fire");
  }

  @Test
  void badArgumentsExit2() {
    assertThat(run("boom", "--no-such-option")).isEqualTo(2);
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  /** Issue 12: {@code --log-format} takes text or json, before or after the command. */
  @Test
  void aLogFormatOtherThanTextOrJsonExits2WithAClearMessage() {
    assertThat(run("--log-format", "xml", "boom")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--log-format (or UNIONBOT_LOG_FORMAT) must be 'text' or 'json', not 'xml'");
    assertThat(run("boom", "--log-format=yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("not 'yaml'");
    // a good value passes on to the command, which fails as it does anyway
    assertThat(run("boom", "--log-format", "text")).isEqualTo(1);
  }
}
