package org.unionbot.web;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.unionbot.server.ServeProcess;

/**
 * What the admin page's browser tests share: the served jar with an admin token, started once per
 * test class in its own data directory, and the browser a test opens, closed after it.
 */
abstract class AdminPageServer {
  static final String TOKEN = "it-" + UUID.randomUUID().toString().replace("-", "");

  @TempDir static Path dir;

  static ServeProcess server;

  /** The test's browser, when it opened one; closed after each test. */
  ChromeDriver driver;

  @BeforeAll
  static void startServer() throws Exception {
    server = ServeProcess.serve(dir, dir.resolve("data"), "--admin-token", TOKEN);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
