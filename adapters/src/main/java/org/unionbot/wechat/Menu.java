package org.unionbot.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The public account's custom menu in WeChat's menu-create JSON ({@code {"button":[…]}}), checked
 * against WeChat's limits (docs/WECHAT.md §3.1) before anyone tries to publish it: 1–3 buttons, 1–5
 * sub-buttons each, names of at most 16 bytes (60 in a sub-menu), keys of at most 128 bytes, URLs
 * of at most 1024, and the fields each button type needs. Click keys must be ones the bot acts on,
 * or the button would do nothing. Immutable.
 */
public final class Menu {
  static final int MAX_BUTTONS = 3;
  static final int MAX_SUB_BUTTONS = 5;
  static final int MAX_NAME_BYTES = 16;
  static final int MAX_SUB_NAME_BYTES = 60;
  static final int MAX_KEY_BYTES = 128;
  static final int MAX_URL_BYTES = 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The button types that send an event with a key. */
  private static final Set<String> KEYED =
      Set.of(
          "click",
          "scancode_push",
          "scancode_waitmsg",
          "pic_sysphoto",
          "pic_photo_or_album",
          "pic_weixin",
          "location_select");

  /** The other types, with the fields each needs besides {@code name}. */
  private static final Map<String, List<String>> OTHERS =
      Map.of(
          "view", List.of("url"),
          "media_id", List.of("media_id"),
          "view_limited", List.of("media_id"),
          "article_id", List.of("article_id"),
          "article_view_limited", List.of("article_id"),
          "miniprogram", List.of("url", "appid", "pagepath"));

  private static final Set<String> FIELDS =
      Set.of(
          "type",
          "name",
          "key",
          "url",
          "media_id",
          "article_id",
          "appid",
          "pagepath",
          "sub_button");

  private final String json;

  private Menu(String json) {
    this.json = json;
  }

  /** The default menu: the four keys every bot answers (答题, 要点, 我的积分, 帮助). */
  public static Menu defaults() {
    return parse(
        """
        {"button":[
          {"type":"click","name":"答题","key":"QUIZ"},
          {"type":"click","name":"学习要点","key":"OUTLINE"},
          {"name":"我的","sub_button":[
            {"type":"click","name":"我的积分","key":"SCORE"},
            {"type":"click","name":"使用帮助","key":"HELP"}]}]}
        """,
        Set.of("QUIZ", "OUTLINE", "SCORE", "HELP"));
  }

  /**
   * Reads and checks a menu. Also takes the wrapped form that WeChat's menu/get returns ({@code
   * {"menu":{"button":…}}}).
   *
   * @param keys the click keys the bot acts on
   * @throws IllegalArgumentException naming the first problem, e.g. {@code button 2: name is 18
   *     bytes, at most 16}
   */
  public static Menu parse(String text, Set<String> keys) {
    Objects.requireNonNull(text, "text");
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("menu is not valid JSON");
    }
    if (root != null && root.isObject() && root.size() == 1 && root.path("menu").isObject()) {
      root = root.get("menu");
    }
    if (root == null || !root.isObject() || !root.path("button").isArray()) {
      throw new IllegalArgumentException("menu must be an object with a \"button\" array");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("button")) {
        throw new IllegalArgumentException("menu has an unknown field \"" + name + "\"");
      }
    }
    ArrayNode buttons = (ArrayNode) root.get("button");
    count("menu", buttons, MAX_BUTTONS, "buttons");
    for (int i = 0; i < buttons.size(); i++) {
      String where = "button " + (i + 1);
      JsonNode button = object(where, buttons.get(i));
      if (button.has("sub_button")) {
        checkParent(where, button, keys);
      } else {
        checkLeaf(where, button, MAX_NAME_BYTES, keys);
      }
    }
    return new Menu(root.toString());
  }

  /** The menu-create JSON, as WeChat's API takes it. */
  public String json() {
    return json;
  }

  private static void checkParent(String where, JsonNode button, Set<String> keys) {
    name(where, button, MAX_NAME_BYTES);
    for (Iterator<String> names = button.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("name") && !name.equals("sub_button")) {
        throw new IllegalArgumentException(
            where + ": a button with a sub-menu has only a name, not \"" + name + "\"");
      }
    }
    if (!button.get("sub_button").isArray()) {
      throw new IllegalArgumentException(where + ": sub_button must be an array");
    }
    ArrayNode subs = (ArrayNode) button.get("sub_button");
    count(where, subs, MAX_SUB_BUTTONS, "sub-buttons");
    for (int j = 0; j < subs.size(); j++) {
      String subWhere = where + "." + (j + 1);
      JsonNode sub = object(subWhere, subs.get(j));
      if (sub.has("sub_button")) {
        throw new IllegalArgumentException(subWhere + ": sub-menus do not nest");
      }
      checkLeaf(subWhere, sub, MAX_SUB_NAME_BYTES, keys);
    }
  }

  private static void checkLeaf(String where, JsonNode button, int maxName, Set<String> keys) {
    name(where, button, maxName);
    for (Iterator<String> names = button.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown field \"" + name + "\"");
      }
    }
    String type = text(where, button, "type");
    if (KEYED.contains(type)) {
      String key = text(where, button, "key");
      bytes(where, "key", key, MAX_KEY_BYTES);
      if (type.equals("click") && !keys.contains(key)) {
        throw new IllegalArgumentException(
            where + ": the bot does not act on key " + key + " (it knows " + sorted(keys) + ")");
      }
      return;
    }
    List<String> needs = OTHERS.get(type);
    if (needs == null) {
      throw new IllegalArgumentException(where + ": unknown button type \"" + type + "\"");
    }
    for (String field : needs) {
      String value = text(where, button, field);
      if (field.equals("url")) {
        bytes(where, "url", value, MAX_URL_BYTES);
        if (!value.startsWith("https://") && !value.startsWith("http://")) {
          throw new IllegalArgumentException(where + ": url must start with http:// or https://");
        }
      }
    }
  }

  private static void name(String where, JsonNode button, int maxBytes) {
    bytes(where, "name", text(where, button, "name"), maxBytes);
  }

  private static String text(String where, JsonNode button, String field) {
    JsonNode value = button.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" is missing or empty");
    }
    return value.asText();
  }

  private static void bytes(String where, String field, String value, int max) {
    int n = value.getBytes(UTF_8).length;
    if (n > max) {
      throw new IllegalArgumentException(
          where + ": " + field + " is " + n + " bytes, at most " + max);
    }
  }

  private static void count(String where, ArrayNode array, int max, String what) {
    if (array.isEmpty() || array.size() > max) {
      throw new IllegalArgumentException(
          where + ": has " + array.size() + " " + what + ", WeChat takes 1 to " + max);
    }
  }

  private static ObjectNode object(String where, JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException(where + ": must be an object");
    }
    return object;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", new java.util.TreeSet<>(keys));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Menu m && m.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "Menu" + json;
  }
}
