package org.unionbot.core.contest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A grassroots union (基层工会) or other unit that workers belong to, with its member count, as an
 * admin loads them ({@code PUT /admin/units}).
 *
 * @param name the unit's full name, e.g. 盐城XX公司工会; 1 to {@link #MAX_NAME} characters, no control
 *     characters
 * @param members how many workers it has, for the participation rate; 0 to {@link #MAX_MEMBERS}
 */
public record Unit(String name, int members) {

  /** The longest unit name, in characters. */
  public static final int MAX_NAME = 60;

  /** The largest member count. */
  public static final int MAX_MEMBERS = 10_000_000;

  /** The most units one list may hold. */
  public static final int MAX_UNITS = 20_000;

  public Unit {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty() || name.length() > MAX_NAME || Names.hasControl(name)) {
      throw new ContestException("单位名称须为1到" + MAX_NAME + "个字符，且不能含控制字符：" + Names.shown(name));
    }
    if (members < 0 || members > MAX_MEMBERS) {
      throw new ContestException("单位“" + name + "”的人数须在0到" + MAX_MEMBERS + "之间");
    }
  }

  /**
   * A list of units from CSV text: one unit a line, {@code name,members}; a first line whose member
   * column is not a number is a header and skipped, as are blank lines; a UTF-8 BOM is ignored.
   * Names may be quoted ({@code "A,B工会",30}).
   *
   * @throws ContestException for a line that is not a unit, a repeated name or too many units
   */
  public static List<Unit> parseCsv(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<Unit> units = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.startsWith("\"") ? line.indexOf("\",") + 1 : line.lastIndexOf(',');
      if (comma <= 0) {
        comma = line.lastIndexOf('，');
      }
      if (comma <= 0) {
        throw new ContestException("第" + (i + 1) + "行应为“单位名称,人数”：" + Names.shown(line));
      }
      String name = line.substring(0, comma).strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
      }
      String members = line.substring(comma + 1).strip();
      if (!members.matches("\\d{1,9}")) {
        if (units.isEmpty() && i == firstLine(lines)) {
          continue; // a header
        }
        throw new ContestException("第" + (i + 1) + "行的人数不是数字：" + Names.shown(members));
      }
      units.add(new Unit(name, Integer.parseInt(members)));
    }
    if (units.isEmpty()) {
      throw new ContestException("没有读到任何单位：每行应为“单位名称,人数”");
    }
    return checked(units);
  }

  /**
   * {@code units} as a list an admin may load: no repeated name, at most {@link #MAX_UNITS}.
   *
   * @throws ContestException otherwise
   */
  public static List<Unit> checked(List<Unit> units) {
    if (units.size() > MAX_UNITS) {
      throw new ContestException("单位最多" + MAX_UNITS + "个");
    }
    Set<String> names = new HashSet<>();
    for (Unit u : units) {
      if (!names.add(u.name())) {
        throw new ContestException("单位名称重复：" + u.name());
      }
    }
    return List.copyOf(units);
  }

  private static int firstLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
