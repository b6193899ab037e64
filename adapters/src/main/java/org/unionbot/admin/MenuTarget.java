package org.unionbot.admin;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A place the stored menu is published to (wired in by the server, so that the admin API needs no
 * channel's API): the public account ({@code wechat}) or the WeCom app ({@code wecom}).
 *
 * @param name the target's name in the publish answer and the audit log
 * @param publish sends menu-create JSON there; completes when it was accepted, or exceptionally
 *     with an exception whose message tells an officer, in Chinese, what went wrong and what to do
 */
public record MenuTarget(String name, Function<String, CompletableFuture<Void>> publish) {
  public MenuTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publish, "publish");
  }
}
