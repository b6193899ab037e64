package org.unionbot.web;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven through Debian's {@code
 * chromedriver}, both given by path so that Selenium never looks for (or downloads) a browser or
 * driver of its own. adapters' pre-integration-test phase installs the packages when missing
 * (src/test/provision/debian-packages.sh); still missing, they fail the test with what to install.
 */
final class Browser {

  static final Path CHROMIUM =
      Path.of(System.getProperty("unionbot.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("unionbot.chromedriver", "/usr/bin/chromedriver"));

  /** Where the screenshots go: a test artifact, beside the other build output. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Chromium's narrowest window; a narrower size is a phone's, emulated. */
  private static final int MIN_WINDOW_WIDTH = 500;

  private Browser() {}

  /** A fresh headless browser (a new profile: empty storage and cookies) with this window size. */
  static ChromeDriver start(int width, int height) {
    return start(width, height, List.of());
  }

  /** {@link #start(int, int)} with more Chromium flags, e.g. {@code --user-agent=…}. */
  static ChromeDriver start(int width, int height, List<String> flags) {
    for (Path required : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(required)) {
        throw new AssertionError(
            "the browser tests need Debian's chromium and chromium-driver packages, and "
                + required
                + " is missing. The test command (./mvnw -B verify) installs them when it can (see"
                + " its [provision] line; not with -Dunionbot.provision.skip=true); otherwise run"
                + " 'sudo apt-get install -y chromium chromium-driver fonts-wqy-microhei', or point"
                + " -Dunionbot.chromium and -Dunionbot.chromedriver at another Chromium and its"
                + " driver");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height);
    options.addArguments(flags);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
    if (width < MIN_WINDOW_WIDTH) {
      // a window is never narrower than Chromium's minimum: a phone's screen is emulated instead
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    return driver;
  }

  /**
   * What the page logged as an error to the console since the last call: failed loads, script
   * errors, and refusals by the Content-Security-Policy.
   */
  static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png} and returns the file. */
  static Path screenshot(TakesScreenshot driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Path to = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
