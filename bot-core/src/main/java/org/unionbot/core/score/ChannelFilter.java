package org.unionbot.core.score;

import static org.unionbot.core.score.ScoreStore.CHANNEL_SEPARATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The channels a leaderboard or a rank counts, as a condition on {@code user_id}: a prefix compared
 * with {@code substr}, the same on both databases (their LIKE differs in case and escapes). No
 * channels means every user.
 *
 * @param channels the channels, checked, in a fixed order
 */
record ChannelFilter(List<String> channels) {

  /** Every user, of any channel. */
  static final ChannelFilter ALL = new ChannelFilter(List.of());

  /**
   * The channels asked for, checked, in a fixed order.
   *
   * @throws IllegalArgumentException when a channel is empty or contains the separator
   */
  static ChannelFilter of(Set<String> channels) {
    Objects.requireNonNull(channels, "channels");
    for (String channel : channels) {
      if (channel.isEmpty() || channel.indexOf(CHANNEL_SEPARATOR) >= 0) {
        throw new IllegalArgumentException("not a channel: \"" + channel + "\"");
      }
    }
    return new ChannelFilter(channels.stream().sorted().toList());
  }

  boolean isEmpty() {
    return channels.isEmpty();
  }

  /** Whether {@code channel} is one of these. */
  boolean contains(String channel) {
    return channels.contains(channel);
  }

  /**
   * The condition that {@code user_id} is of one of the channels, to append to a WHERE clause
   * ({@link #params} binds it); nothing when there are none.
   */
  String sql() {
    if (channels.isEmpty()) {
      return "";
    }
    return channels.stream()
        .map(channel -> "substr(user_id, 1, ?) = ?")
        .collect(Collectors.joining(" OR ", " AND (", ")"));
  }

  /**
   * The parameters of a statement with {@link #sql} in it: {@code before}, then each channel's
   * prefix length and prefix, then {@code after}.
   */
  Object[] params(List<?> before, List<?> after) {
    List<Object> all = new ArrayList<>(before);
    for (String channel : channels) {
      String prefix = channel + CHANNEL_SEPARATOR;
      all.add(prefix.length());
      all.add(prefix);
    }
    all.addAll(after);
    return all.toArray();
  }
}
