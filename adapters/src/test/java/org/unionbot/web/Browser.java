package org.unionbot.web;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WindowType;
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

  /** The browser that {@link #start(int, int)} lends out, started on first use. */
  private static Reused shared;

  /**
   * A headless browser with this window size and nothing kept from the test before: no cookies, no
   * storage of any page it visited, no cache, one empty tab, no console messages. Starting Chromium
   * takes seconds of both cores, so one browser serves every test in turn; its {@code quit()}
   * clears it for the next (a test that fails inside it gets a new one).
   */
  static synchronized ChromeDriver start(int width, int height) {
    if (shared == null) {
      shared = (Reused) launch(width, height, List.of(), true);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::end, "unionbot-test-chromium"));
    }
    shared.size(width, height);
    return shared;
  }

  /** A browser of its own with more Chromium flags, e.g. {@code --user-agent=…}; quit for good. */
  static ChromeDriver start(int width, int height, List<String> flags) {
    return launch(width, height, flags, false);
  }

  private static ChromeDriver launch(int width, int height, List<String> flags, boolean reused) {
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
    ChromeDriver driver =
        reused ? new Reused(service, options) : new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
    emulatePhone(driver, width, height);
    return driver;
  }

  /** A window is never narrower than Chromium's minimum: a phone's screen is emulated instead. */
  private static void emulatePhone(ChromeDriver driver, int width, int height) {
    if (width < MIN_WINDOW_WIDTH) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
  }

  /** The shared browser: {@code quit()} leaves it as a new one would be, {@link #end} ends it. */
  private static final class Reused extends ChromeDriver {
    private final Set<String> origins = new HashSet<>();
    private boolean lent;

    Reused(ChromeDriverService service, ChromeOptions options) {
      super(service, options);
    }

    void size(int width, int height) {
      lent = true;
      executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      manage().window().setSize(new Dimension(Math.max(width, MIN_WINDOW_WIDTH), height));
      emulatePhone(this, width, height);
    }

    @Override
    public void quit() {
      if (!lent) {
        return;
      }
      lent = false;
      try {
        // a new tab: its session storage is new; the old tabs and everything the pages stored go
        List<String> old = List.copyOf(getWindowHandles());
        for (String handle : old) {
          switchTo().window(handle);
          originOf(getCurrentUrl()).ifPresent(origins::add);
        }
        String fresh = switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String handle : old) {
          switchTo().window(handle).close();
        }
        switchTo().window(fresh);
        executeCdpCommand("Page.bringToFront", Map.of()); // focused, as a new browser's tab is
        for (String origin : origins) {
          executeCdpCommand(
              "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        executeCdpCommand("Network.clearBrowserCookies", Map.of());
        executeCdpCommand("Network.clearBrowserCache", Map.of());
        manage().logs().get(LogType.BROWSER); // what the last test's pages logged
      } catch (RuntimeException e) {
        // an alert left open, a crashed tab: the next test gets a new browser
        end();
      }
    }

    /** Ends the browser for good. */
    void end() {
      synchronized (Browser.class) {
        if (shared == this) {
          shared = null;
        }
      }
      super.quit();
    }

    private static Optional<String> originOf(String url) {
      Matcher m = ORIGIN.matcher(url);
      return m.lookingAt() ? Optional.of(m.group()) : Optional.empty();
    }
  }

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/]+");

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
