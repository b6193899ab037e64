package org.unionbot.admin;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.unionbot.core.admin.Actor;
import org.unionbot.core.admin.Admin;
import org.unionbot.core.admin.Change;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;

/**
 * {@code POST /admin/menu/publish}: sends the stored menu (or the default one) to every configured
 * {@link MenuTarget} at once and answers what each said (docs/api.md "Publish the menu").
 *
 * <ul>
 *   <li>200 {@code {"published":[{"target":"wechat","ok":true},…],"menu":"1a2b3c4d","version":N}}
 *       when every target accepted it; {@code menu} is the first 8 hex digits of the SHA-256 of the
 *       menu JSON sent;
 *   <li>502 {@code {"error":"…","published":[…]}} when a target refused it: the error says in plain
 *       Chinese what WeChat answered and what to do; the targets that accepted it are still marked
 *       {@code ok};
 *   <li>409 {@code {"error":"还没有配置公众号的 AppSecret……"}} when no target is configured.
 * </ul>
 *
 * <p>Each publication that reached at least one target is audited as {@code publish-menu}, with
 * target {@code menu@<hash>:<targets that accepted it>} and the version serving. Thread-safe.
 */
final class MenuPublishing {
  /** What an officer reads when there is nowhere to publish: what to configure, and where. */
  static final String NOT_CONFIGURED =
      "还没有配置公众号的 AppSecret，菜单无法发布到微信。请在服务器的启动参数中加上 --wechat-app-id 和"
          + " --wechat-app-secret（或环境变量 UNIONBOT_WECHAT_APP_ID、UNIONBOT_WECHAT_APP_SECRET），"
          + "AppSecret 在公众号后台“设置与开发 → 基本配置”中查看；重启服务后再点“发布到微信”。";

  /** What an officer reads when a target failed in a way the target did not explain. */
  static final String UNKNOWN_FAILURE = "发布失败：连不上微信的服务器，或微信没有给出答复。请稍后再试。";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Admin admin;
  private final List<MenuTarget> targets;
  private final Executor changes;

  MenuPublishing(Admin admin, List<MenuTarget> targets, Executor changes) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.targets = List.copyOf(targets);
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  /** Publishes {@code menuJson} for {@code who}. */
  CompletableFuture<Response> publish(Actor who, String menuJson) {
    if (targets.isEmpty()) {
      throw HttpError.of(409, NOT_CONFIGURED);
    }
    List<CompletableFuture<Outcome>> sends = new ArrayList<>();
    for (MenuTarget target : targets) {
      sends.add(send(target, menuJson));
    }
    String hash = hash(menuJson);
    return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
        .thenApplyAsync(
            done -> answer(who, hash, sends.stream().map(CompletableFuture::join).toList()),
            changes);
  }

  /** One target's answer: {@code error} is null when it accepted the menu. */
  private record Outcome(String target, String error) {}

  private static CompletableFuture<Outcome> send(MenuTarget target, String menuJson) {
    CompletableFuture<Void> sent;
    try {
      sent = target.publish().apply(menuJson);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle(
        (ok, failure) -> new Outcome(target.name(), failure == null ? null : explain(failure)));
  }

  private static String explain(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? UNKNOWN_FAILURE : message;
  }

  private Response answer(Actor who, String hash, List<Outcome> outcomes) {
    String accepted =
        outcomes.stream()
            .filter(o -> o.error() == null)
            .map(Outcome::target)
            .collect(Collectors.joining(","));
    ObjectNode body = JSON.createObjectNode();
    ArrayNode published = body.putArray("published");
    for (Outcome o : outcomes) {
      ObjectNode entry =
          published.addObject().put("target", o.target()).put("ok", o.error() == null);
      if (o.error() != null) {
        entry.put("error", o.error());
      }
    }
    body.put("menu", hash);
    if (!accepted.isEmpty()) {
      Change change = admin.auditMenuPublished(who, "menu@" + hash + ":" + accepted);
      body.put("version", change.version());
    }
    String errors =
        outcomes.stream()
            .filter(o -> o.error() != null)
            .map(Outcome::error)
            .collect(Collectors.joining("；"));
    if (errors.isEmpty()) {
      return Response.json(200, body.toString());
    }
    ObjectNode refused = JSON.createObjectNode().put("error", errors);
    refused.setAll(body);
    return Response.json(502, refused.toString());
  }

  /** The first 8 hex digits of the SHA-256 of {@code menuJson}: which menu went out. */
  static String hash(String menuJson) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(menuJson.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
