package org.unionbot.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.unionbot.core.contest.Contest;
import org.unionbot.core.contest.ContestBoards;
import org.unionbot.core.contest.ContestException;
import org.unionbot.core.contest.ContestStore;
import org.unionbot.core.contest.Unit;
import org.unionbot.core.contest.Worker;
import org.unionbot.core.intent.Intents;
import org.unionbot.http.HttpError;
import org.unionbot.http.Request;
import org.unionbot.http.Response;

/**
 * The contest part of the admin API (issue 16; docs/api.md "Contests and units"): the units and
 * their member counts, reassigning a worker, contests, their leaderboards and their results as CSV,
 * XLSX or JSON. Times in and out are ISO-8601 in Asia/Shanghai ({@code 2026-12-01T08:00:00+08:00};
 * a time without an offset is taken as Shanghai time). A bad request is a 400 with a short Chinese
 * {@code {"error":"…"}}. Requests run on the calling worker thread: each is one short transaction,
 * and an export of 100,000 answers takes well under a second.
 */
public final class ContestEndpoint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContestStore store;
  private final Predicate<String> knownDocument;
  private final ZoneId zone;

  /**
   * @param knownDocument whether a document id names a document now serving (a contest may only
   *     draw from those)
   */
  public ContestEndpoint(ContestStore store, Predicate<String> knownDocument) {
    this.store = store;
    this.knownDocument = knownDocument;
    this.zone = store.zone();
  }

  /** {@code GET /admin/units}: {@code [{"name","members"}]}. */
  public CompletableFuture<Response> units(Request request) {
    return read(() -> units(store.units().units()));
  }

  /**
   * {@code PUT /admin/units}: a JSON list of {@code {name, members}} ({@code application/json}),
   * else CSV text ({@code text/csv}, or a file as the page uploads it).
   */
  public CompletableFuture<Response> putUnits(Request request) {
    boolean csv =
        request
            .contentType()
            .map(t -> t.toLowerCase(Locale.ROOT).startsWith("text/"))
            .orElse(false);
    List<Unit> units =
        csv ? parse(() -> Unit.parseCsv(AdminBody.text(request))) : jsonUnits(request);
    return read(() -> units(store.units().replace(units)));
  }

  /** {@code PUT /admin/workers/{user}}: {@code {"unit"}} puts a worker in a unit. */
  public CompletableFuture<Response> reassign(Request request) {
    String user = request.pathParam("user");
    String unit = AdminBody.json(request).string("unit");
    return read(
        () -> {
          Worker w = store.units().reassign(user, unit, store.now());
          return JSON.createObjectNode()
              .put("user", w.user())
              .put("unit", w.unit().orElse(null))
              .put("nickname", w.nickname().orElse(null))
              .toString();
        });
  }

  /** {@code GET /admin/contests}: every contest, the latest start first. */
  public CompletableFuture<Response> contests(Request request) {
    return read(
        () -> {
          ArrayNode out = JSON.createArrayNode();
          Instant now = store.now();
          store.all().forEach(c -> out.add(contest(c, now)));
          return out.toString();
        });
  }

  /**
   * {@code POST /admin/contests}: {@code {title, startsAt, endsAt, roundSize, roundsPerDay,
   * documents}}; 201 with the contest.
   */
  public CompletableFuture<Response> create(Request request) {
    AdminBody body = AdminBody.json(request);
    String title = body.string("title");
    Instant starts = time(body.string("startsAt"), "startsAt");
    Instant ends = time(body.string("endsAt"), "endsAt");
    int roundSize = (int) Math.max(Integer.MIN_VALUE, Math.min(1000, body.number("roundSize")));
    int perDay = (int) Math.max(Integer.MIN_VALUE, Math.min(1000, body.number("roundsPerDay")));
    List<String> documents = body.strings("documents");
    documents.stream()
        .filter(d -> !knownDocument.test(d))
        .findFirst()
        .ifPresent(
            d -> {
              throw HttpError.badRequest("没有这个文档：" + d + "，请从文档列表里选择");
            });
    try {
      Contest c = store.create(title, starts, ends, roundSize, perDay, documents);
      return CompletableFuture.completedFuture(
          Response.json(201, contest(c, store.now()).toString()));
    } catch (ContestException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  /** {@code GET /admin/contests/{id}}: the contest with its top 10 people and every unit. */
  public CompletableFuture<Response> contest(Request request) {
    Contest c = find(request);
    return read(
        () -> {
          ObjectNode out = contest(c, store.now());
          ArrayNode people = out.putArray("people");
          store.boards().top(c.id(), 10).forEach(p -> people.add(person(p)));
          ArrayNode units = out.putArray("units");
          store.boards().units(c.id()).forEach(u -> units.add(unit(u)));
          return out.toString();
        });
  }

  /** {@code GET /admin/contests/{id}/results?by=person|unit&format=csv|xlsx|json}. */
  public CompletableFuture<Response> results(Request request) {
    Contest c = find(request);
    String by = request.param("by").orElse("person");
    String format = request.param("format").orElse("json");
    if (!by.equals("person") && !by.equals("unit")) {
      throw HttpError.badRequest("by 只能是 person 或 unit");
    }
    boolean people = by.equals("person");
    List<String> columns = people ? ContestExport.PERSON_COLUMNS : ContestExport.UNIT_COLUMNS;
    Consumer<Consumer<List<Object>>> rows =
        people
            ? sink -> store.boards().eachPerson(c.id(), p -> sink.accept(ContestExport.row(p)))
            : sink -> store.boards().units(c.id()).forEach(u -> sink.accept(ContestExport.row(u)));
    byte[] body;
    String type;
    switch (format) {
      case "csv" -> {
        body = ContestExport.csv(columns, rows);
        type = ContestExport.CSV;
      }
      case "xlsx" -> {
        body = ContestExport.xlsx(people ? "个人成绩" : "单位成绩", columns, rows);
        type = ContestExport.XLSX;
      }
      case "json" -> {
        body =
            ContestExport.json(people ? ContestExport.PERSON_KEYS : ContestExport.UNIT_KEYS, rows);
        type = Response.JSON;
      }
      default -> throw HttpError.badRequest("format 只能是 csv、xlsx 或 json");
    }
    Response r = new Response(200, type, body, java.util.Map.of());
    if (!format.equals("json")) {
      r =
          r.withHeader(
              "Content-Disposition",
              "attachment; filename=\"" + ContestExport.fileName(c.id(), by, format) + "\"");
    }
    return CompletableFuture.completedFuture(r);
  }

  private Contest find(Request request) {
    String id = request.pathParam("id");
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HttpError.of(404, "没有这个竞赛：" + id);
    }
    return store.get(n).orElseThrow(() -> HttpError.of(404, "没有这个竞赛：" + id));
  }

  private ObjectNode contest(Contest c, Instant now) {
    ObjectNode out =
        JSON.createObjectNode()
            .put("id", c.id())
            .put("title", c.title())
            .put("startsAt", shanghai(c.startsAt()))
            .put("endsAt", shanghai(c.endsAt()))
            .put("roundSize", c.roundSize())
            .put("roundsPerDay", c.roundsPerDay())
            .put(
                "status",
                c.runsAt(now) ? "running" : now.isBefore(c.startsAt()) ? "upcoming" : "ended")
            .put("createdAt", shanghai(c.createdAt()));
    ArrayNode docs = out.putArray("documents");
    c.documents().forEach(docs::add);
    return out;
  }

  private static ObjectNode person(ContestBoards.Person p) {
    return JSON.createObjectNode()
        .put("rank", p.rank())
        .put("name", p.nickname().orElseGet(() -> Intents.masked(p.user())))
        .put("unit", p.unit().orElse(null))
        .put("points", p.points())
        .put("rounds", p.rounds())
        .put("answered", p.answered())
        .put("correct", p.correct());
  }

  private static ObjectNode unit(ContestBoards.UnitResult u) {
    return JSON.createObjectNode()
        .put("rank", u.rank())
        .put("unit", u.unit())
        .put("members", u.members())
        .put("participants", u.participants())
        .put("participation", Math.round(u.participation() * 10000) / 10000.0)
        .put("average", Math.round(u.average() * 100) / 100.0)
        .put("points", u.points())
        .put("rounds", u.rounds());
  }

  private String shanghai(Instant at) {
    return OffsetDateTime.ofInstant(at, zone).toString();
  }

  /** An ISO time with an offset, or a local one taken in the bot's zone. */
  private Instant time(String text, String field) {
    String t = text.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(t).atZone(zone).toInstant();
      } catch (DateTimeParseException again) {
        throw HttpError.badRequest(field + " 应为时间，例如 2026-12-01T08:00:00+08:00");
      }
    }
  }

  private static String units(List<Unit> units) {
    ArrayNode out = JSON.createArrayNode();
    units.forEach(u -> out.addObject().put("name", u.name()).put("members", u.members()));
    return out.toString();
  }

  private static List<Unit> jsonUnits(Request request) {
    JsonNode list;
    try {
      list = JSON.readTree(request.body());
    } catch (IOException e) {
      throw HttpError.badRequest("请求体应为单位列表 JSON 或 CSV");
    }
    if (list == null || !list.isArray()) {
      throw HttpError.badRequest("请求体应为单位列表：[{\"name\":\"…\",\"members\":30}]");
    }
    List<Unit> units = new ArrayList<>();
    for (JsonNode u : list) {
      JsonNode name = u.get("name");
      JsonNode members = u.get("members");
      if (name == null
          || !name.isTextual()
          || members == null
          || !members.canConvertToInt()
          || !members.isIntegralNumber()) {
        throw HttpError.badRequest("每个单位须有 name（文字）和 members（整数）");
      }
      int m = members.asInt();
      units.add(parse(() -> new Unit(name.asText(), m)));
    }
    return parse(() -> Unit.checked(units));
  }

  private static <T> T parse(Supplier<T> work) {
    try {
      return work.get();
    } catch (ContestException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  private static CompletableFuture<Response> read(Supplier<String> json) {
    try {
      return CompletableFuture.completedFuture(Response.json(200, json.get()));
    } catch (ContestException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }
}
