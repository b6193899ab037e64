package org.unionbot.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.unionbot.admin.AdminEndpoint;
import org.unionbot.admin.MenuRules;
import org.unionbot.admin.MenuTarget;
import org.unionbot.auth.WeChatSessions;
import org.unionbot.auth.WeChatSignIn;
import org.unionbot.chat.ChatEndpoint;
import org.unionbot.chat.WebIds;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.UserId;
import org.unionbot.core.admin.Admin;
import org.unionbot.http.Endpoint;
import org.unionbot.web.WebPages;
import org.unionbot.wechat.Menu;
import org.unionbot.wechat.MenuErrors;
import org.unionbot.wechat.WeChatApiClient;
import org.unionbot.wechat.WeChatConfig;
import org.unionbot.wechat.WeChatEndpoint;
import org.unionbot.wecom.WeComApiClient;
import org.unionbot.wecom.WeComConfig;
import org.unionbot.wecom.WeComEndpoint;

/**
 * The endpoints a {@link UnionbotServer} serves, built and put in the {@link RouteTable}: the seam
 * that the {@code EmbeddedChannel} tests share with {@link UnionbotServer#start}. Also what those
 * endpoints are given that depends on the configuration: the WeChat customer-service client, the
 * WeCom app's endpoint and client, WeChat's menu rules and where the admin API publishes the menu.
 */
final class ServerRoutes {

  /**
   * The database secret that signs the chat page's user cookies ({@link
   * org.unionbot.core.admin.Store#secret}).
   */
  static final String WEB_ID_KEY = "web-id";

  /**
   * The database secret that signs the session and state cookies of the chat page's WeChat sign-in
   * ({@link WeChatSessions}).
   */
  static final String WECHAT_SESSION_KEY = "wechat-session";

  private ServerRoutes() {}

  /**
   * The routes of {@code config}'s server: every endpoint, with the admin API over {@code admin}'s
   * store when there is one (its changes run on {@code changes}), WeChat pushes claimed through the
   * store across nodes, the chat page's users signed with the store's secret, and {@code /healthz}
   * failing while the store reports a problem.
   */
  static Routes of(
      ServerConfig config,
      Bot bot,
      Function<Message, Reply> replies,
      Optional<Admin> admin,
      Executor executor,
      ExecutorService changes,
      MeterRegistry registry) {
    Optional<WeChatApiClient> wechatApi = customerService(config.wechat());
    Optional<WeComApiClient> wecomApi =
        config.wecom().filter(WeComConfig::api).map(w -> WeComApiClient.of(w, http(), clock()));
    List<MenuTarget> targets = menuTargets(wechatApi, wecomApi);
    Optional<AdminEndpoint> adminApi =
        admin.map(
            a ->
                new AdminEndpoint(
                    a, config.adminToken(), menuRules(Bot.MENU_KEYS), targets, changes));
    adminApi.ifPresent(endpoint -> endpoint.monitor(registry));
    WeChatEndpoint.Claims claims =
        admin
            .<WeChatEndpoint.Claims>map(a -> a.store()::claimMessage)
            .orElse(WeChatEndpoint.Claims.LOCAL);
    Optional<Endpoint> wecom =
        config
            .wecom()
            .map(
                w ->
                    new WeComEndpoint(
                        w,
                        replies,
                        executor,
                        wecomApi,
                        config.wechat().replyTimeout(),
                        registry,
                        clock(),
                        claims));
    return routes(
        config.wechat(),
        bot,
        replies,
        executor,
        wechatApi,
        registry,
        clock(),
        claims,
        admin.map(a -> new WebIds(a.store().secret(WEB_ID_KEY))).orElseGet(WebIds::withRandomKey),
        admin
            .<Supplier<Optional<String>>>map(
                a -> () -> a.store().healthProblem(StatusEndpoints.STORE_CHECK_TIMEOUT))
            .orElse(Optional::empty),
        ChatRateLimit.of(
            config.limits().chatRatePerMinute(), config.limits().chatRateExempt(), registry),
        adminApi,
        WeChatSignIn.of(
            config.wechat(),
            admin
                .map(
                    a ->
                        new WeChatSessions(a.store().secret(WECHAT_SESSION_KEY), Clock.systemUTC()))
                .orElseGet(WeChatSessions::withRandomKey)),
        wecom);
  }

  /** The routes of a server on one node, without the admin API. */
  static Routes routes(
      WeChatConfig wechat,
      Bot bot,
      Function<Message, Reply> replies,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry registry,
      Clock clock) {
    return routes(
        wechat,
        bot,
        replies,
        executor,
        api,
        registry,
        clock,
        WeChatEndpoint.Claims.LOCAL,
        WebIds.withRandomKey(),
        Optional::empty,
        Routes.HeadCheck.NONE,
        Optional.empty(),
        WeChatSignIn.of(wechat, WeChatSessions.withRandomKey()),
        Optional.empty());
  }

  /**
   * {@link #routes} with the WeChat pushes claimed through {@code claims} (several nodes), the chat
   * page's users signed by {@code ids}, {@code /healthz} failing while {@code store} reports a
   * problem, the heads of {@code /api/chat} checked by {@code chatLimit} ({@link ChatRateLimit}),
   * the admin API served by {@code admin} when there is one, the chat page signed in through WeChat
   * by {@code signIn}, and WeCom's {@code /wecom} served by {@code wecom} when there is one.
   */
  static Routes routes(
      WeChatConfig wechat,
      Bot bot,
      Function<Message, Reply> replies,
      Executor executor,
      Optional<WeChatApiClient> api,
      MeterRegistry registry,
      Clock clock,
      WeChatEndpoint.Claims claims,
      WebIds ids,
      Supplier<Optional<String>> store,
      Routes.HeadCheck chatLimit,
      Optional<AdminEndpoint> admin,
      WeChatSignIn signIn,
      Optional<Endpoint> wecom) {
    Gauge.builder("unionbot.kb.version", bot.knowledge(), kb -> kb.version())
        .description("The knowledge-base version now serving")
        .strongReference(true)
        .register(registry);
    Supplier<String> semantic = () -> bot.knowledge().semantic();
    Gauge.builder("unionbot.semantic.recall", () -> "on".equals(semantic.get()) ? 1 : 0)
        .description("1 when answers use semantic recall, 0 for lexical recall only")
        .strongReference(true)
        .register(registry);
    return RouteTable.of(
        new RouteTable.Endpoints(
            new WeChatEndpoint(wechat, replies, executor, api, registry, clock, claims),
            new ChatEndpoint(replies, executor, registry, ids, signIn.sessions()),
            chatLimit,
            StatusEndpoints.health(bot.knowledge(), semantic, store, executor),
            StatusEndpoints.metrics(registry),
            WebPages.load(ids, signIn::shouldSignIn),
            admin,
            signIn,
            wecom));
  }

  /** WeChat's menu rules ({@link Menu}), with the click keys the bot acts on. */
  static MenuRules menuRules(Collection<String> keys) {
    Set<String> clicks = Set.copyOf(keys);
    return new MenuRules() {
      @Override
      public String check(String json) {
        return Menu.parse(json, clicks).json();
      }

      @Override
      public String defaults() {
        return Menu.defaults().json();
      }
    };
  }

  static Optional<WeChatApiClient> customerService(WeChatConfig wechat) {
    if (!wechat.customerService()) {
      return Optional.empty();
    }
    return Optional.of(
        new WeChatApiClient(
            wechat.apiBase(),
            wechat.appId().orElseThrow(),
            wechat.appSecret().orElseThrow(),
            http(),
            clock()));
  }

  /**
   * Where the admin page's 发布到微信 sends the menu: the public account when its AppSecret is set, and
   * the WeCom app when its Secret is; a refusal explained for the officer ({@link MenuErrors}).
   */
  static List<MenuTarget> menuTargets(
      Optional<WeChatApiClient> wechat, Optional<WeComApiClient> wecom) {
    List<MenuTarget> targets = new ArrayList<>();
    wechat.ifPresent(api -> targets.add(target(UserId.WECHAT, "公众号", api::createMenu)));
    wecom.ifPresent(api -> targets.add(target(UserId.WECOM, "企业微信", api::createMenu)));
    return List.copyOf(targets);
  }

  private static MenuTarget target(
      String name, String label, Function<String, CompletableFuture<Void>> create) {
    return new MenuTarget(
        name,
        menu ->
            create
                .apply(menu)
                .exceptionallyCompose(
                    failure ->
                        CompletableFuture.failedFuture(
                            new IllegalStateException(MenuErrors.explain(label, failure)))));
  }

  private static HttpClient http() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static Clock clock() {
    return Clock.systemUTC();
  }
}
