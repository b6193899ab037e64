package org.unionbot.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secrets {@code serve} generates when they are not configured: the WeChat Token and the admin
 * token. They are random (never a guessable default), stored in {@value #FILE} in the data
 * directory with mode 600, and reused on later starts. Only the file's location is logged, never a
 * value.
 */
final class Secrets {
  static final String FILE = "secrets.properties";
  static final String WECHAT_TOKEN = "wechat-token";
  static final String ADMIN_TOKEN = "admin-token";

  private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  /** The two tokens and, when either came from it, the file that holds them. */
  record Resolved(String wechatToken, String adminToken, Optional<Path> file) {}

  private Secrets() {}

  /**
   * The configured tokens where given, else the ones stored in {@code dataDir}, else new random
   * ones (then stored). Creates the data directory when it is needed and missing.
   */
  static Resolved resolve(Path dataDir, Optional<String> wechatToken, Optional<String> adminToken)
      throws IOException {
    if (wechatToken.isPresent() && adminToken.isPresent()) {
      return new Resolved(wechatToken.get(), adminToken.get(), Optional.empty());
    }
    Path file = dataDir.resolve(FILE).toAbsolutePath();
    Map<String, String> stored = read(file);
    Map<String, String> updated = new TreeMap<>(stored);
    String wechat =
        wechatToken.orElseGet(
            () -> updated.computeIfAbsent(WECHAT_TOKEN, k -> random(ALPHANUMERIC, 32)));
    String admin = adminToken.orElseGet(() -> updated.computeIfAbsent(ADMIN_TOKEN, k -> token()));
    if (!updated.equals(stored)) {
      write(dataDir, file, updated);
      LOG.info(
          "generated {}; stored in {} (mode 600); configure them to stop using the file",
          String.join(" and ", newKeys(stored, updated)),
          file);
    } else {
      LOG.info("using the stored secrets in {}", file);
    }
    return new Resolved(wechat, admin, Optional.of(file));
  }

  private static Set<String> newKeys(Map<String, String> before, Map<String, String> after) {
    Set<String> keys = new TreeSet<>(after.keySet());
    keys.removeAll(before.keySet());
    return keys;
  }

  private static Map<String, String> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Map.of();
    }
    tighten(file);
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, UTF_8)) {
      props.load(in);
    }
    Map<String, String> out = new TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      String value = props.getProperty(key).strip();
      if (!value.isEmpty()) {
        out.put(key, value);
      }
    }
    return out;
  }

  /** Writes to a new owner-only file beside {@code file}, then moves it into place. */
  private static void write(Path dataDir, Path file, Map<String, String> secrets)
      throws IOException {
    Files.createDirectories(dataDir);
    Path temp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(temp);
    if (posix(temp)) {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(temp);
    }
    Properties props = new Properties();
    props.putAll(secrets);
    try (Writer out = Files.newBufferedWriter(temp, UTF_8)) {
      props.store(out, "unionbot secrets, generated on first start; keep this file private");
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes an existing secrets file owner-only again if someone widened its mode. */
  private static void tighten(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      LOG.warn("{} was readable by others; setting its mode back to 600", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** A WeChat Token: the console accepts 3 to 32 letters and digits. */
  static String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** 256 random bits, base64url without padding (43 characters). */
  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
