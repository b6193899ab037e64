package org.unionbot.wechat;

import java.util.Map;

/**
 * What a failed menu publication means, in plain Chinese for the officer who pressed 发布到微信: the
 * errcodes WeChat and WeCom answer most often, each with what to do next. Any other errcode is
 * shown with WeChat's own errmsg. Stateless.
 */
public final class MenuErrors {
  private static final Map<Integer, String> KNOWN =
      Map.ofEntries(
          Map.entry(40001, "访问令牌无效：密钥（公众号的 AppSecret 或企业微信应用的 Secret）可能不对，或刚被重置过。请核对服务器配置的密钥后再试。"),
          Map.entry(40013, "AppID 不对。请核对服务器配置的 AppID，它在公众号后台“设置与开发 → 基本配置”中。"),
          Map.entry(40125, "AppSecret 不对。请在公众号后台“设置与开发 → 基本配置”中核对（或重置）AppSecret，改好服务器配置后重启。"),
          Map.entry(40164, "本服务器的 IP 不在白名单里。请在公众号后台“设置与开发 → 基本配置 → IP白名单”中加入服务器的出口 IP，几分钟后再试。"),
          Map.entry(48001, "公众号没有通过接口发布菜单的权限：未认证的订阅号不能调用菜单接口。请先完成微信认证，或在公众号后台“自定义菜单”中手动设置菜单。"),
          Map.entry(40016, "菜单的按钮个数不合规：一级菜单 1 到 3 个，每个子菜单 1 到 5 个。请调整后再发布。"),
          Map.entry(40017, "菜单按钮的类型不合规。请检查每个按钮的类型后再发布。"),
          Map.entry(40018, "菜单按钮的名字不合规：名字不能为空，一级菜单最多 4 个汉字，子菜单最多 8 个汉字。请改短后再发布。"),
          Map.entry(40019, "菜单按钮的 key 不合规（为空或太长）。请检查“点击”按钮的 key 后再发布。"),
          Map.entry(40023, "子菜单的按钮个数不合规：每个子菜单 1 到 5 个按钮。请调整后再发布。"),
          Map.entry(40054, "子菜单里有不合规的网址。网址要以 http:// 或 https:// 开头，并且是一个有效的域名。请改正后再发布。"),
          Map.entry(40055, "菜单按钮里有不合规的网址。网址要以 http:// 或 https:// 开头，并且是一个有效的域名。请改正后再发布。"),
          Map.entry(45009, "今天调用菜单接口的次数已经用完了。请明天再发布。"),
          Map.entry(40014, "访问令牌无效或已过期，重新获取后仍被拒绝。请稍后再试；如果一直这样，请核对服务器配置的密钥。"),
          Map.entry(42001, "访问令牌已过期，重新获取后仍被拒绝。请稍后再试。"),
          Map.entry(40056, "企业微信应用的 AgentId 不对。请核对服务器配置的 --wecom-agent-id，它在企业微信管理后台该应用的详情页。"),
          Map.entry(60020, "本服务器的 IP 不在企业微信应用的“企业可信IP”里。请在企业微信管理后台该应用的“企业可信IP”中加入服务器的出口 IP。"),
          Map.entry(301002, "这个 Secret 没有修改该应用菜单的权限。请使用该自建应用自己的 Secret（--wecom-secret）。"));

  private MenuErrors() {}

  /**
   * The officer's explanation of a failed publication.
   *
   * @param target who answered: {@code 公众号} or {@code 企业微信}
   * @param failure what the call failed with
   */
  public static String explain(String target, Throwable failure) {
    Throwable cause = ApiCalls.unwrap(failure);
    if (!(cause instanceof WeChatApiException e)) {
      return target + "：发布失败，原因不明。请稍后再试。";
    }
    if (e.errcode() < 0) {
      return target + "：连不上微信的服务器，或它的答复无法读懂。请检查服务器的网络后再试。";
    }
    String known = KNOWN.get(e.errcode());
    if (known != null) {
      return target + "：" + known + "（错误码 " + e.errcode() + "）";
    }
    return target + "：微信拒绝了这个菜单，错误码 " + e.errcode() + "。微信的说明：" + e.getMessage();
  }
}
