package io.hfmine.web;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.aggregates.UsageAggregates;
import io.hfmine.web.annotate.AnnotatePage;
import io.hfmine.web.annotate.WorkspacePage;
import io.hfmine.web.code.PythonHighlighter;
import io.hfmine.web.code.SourceCode;
import io.hfmine.web.html.Layout;
import io.hfmine.web.html.Markup;
import io.hfmine.web.http.Assets;
import io.hfmine.web.http.HostGuard;
import io.hfmine.web.http.SessionGuard;
import io.hfmine.web.markdown.MarkdownHtml;
import io.hfmine.web.pages.TablePage;
import io.hfmine.web.pages.crawl.CrawlUnitTable;
import io.hfmine.web.pages.issues.IssuePage;
import io.hfmine.web.pages.issues.IssueTable;
import io.hfmine.web.pages.issues.PreferredLabels;
import io.hfmine.web.pages.models.ModelPage;
import io.hfmine.web.pages.models.ModelTable;
import io.hfmine.web.pages.overview.OverviewPage;
import io.hfmine.web.pages.patterns.PatternGroupTable;
import io.hfmine.web.pages.patterns.PatternPage;
import io.hfmine.web.pages.repositories.RepositoryTable;
import io.hfmine.web.pages.usages.HitTable;
import io.hfmine.web.pages.usages.UsagePage;
import io.hfmine.web.pages.usages.UsageTable;
import io.hfmine.web.report.ReportPage;
import io.hfmine.web.table.BadRequestException;
import io.hfmine.web.table.Rows;
import io.hfmine.web.table.PagePositions;
import io.hfmine.web.table.TableCounts;
import io.hfmine.web.table.TableDefinition;
import io.hfmine.web.table.TableReader;
import io.hfmine.web.table.TableRequest;
import io.hfmine.web.search.CardIndex;
import io.hfmine.web.search.CardSearch;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade of {@code hfmine serve}: a local web application on a study's store, read-only except
 * for annotations. Pages are server-rendered HTML with one small script; nothing is fetched from
 * elsewhere. Close it to stop listening (the store stays open; its owner closes it).
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  /** The policy of every application page: only this server's script, style and forms. */
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** (Table view, filters) whose counts are held; each holds a total and a few facets of 40 choices. */
  private static final int COUNTS_HELD = 2_000;

  private final Javalin app;
  private final PythonHighlighter highlighter;
  private final CardIndex cards;
  private final String host;

  private WebServer(Javalin app, PythonHighlighter highlighter, CardIndex cards, String host) {
    this.app = app;
    this.highlighter = highlighter;
    this.cards = cards;
    this.host = host;
  }

  /** Starts listening without showing the start-up's progress. */
  public static WebServer start(Store store, ServeSpec spec) {
    return start(store, spec, Progress.Factory.NONE);
  }

  /**
   * Opens (or first builds) the card search index in the work directory, counts the table views
   * unfiltered, and starts listening; throws when the address or port cannot be taken.
   */
  public static WebServer start(Store store, ServeSpec spec, Progress.Factory progress) {
    ServeSettings settings = spec.settings();
    settings.validate();
    CardIndex cards;
    try (Progress building = progress.start("serve: card search index")) {
      cards = CardIndex.of(store, building);
    }
    try (Progress aggregating = progress.start("serve: usage counts per model and group")) {
      UsageAggregates.build(store);
      aggregating.step();
    }
    PythonHighlighter highlighter = highlighter(spec);
    Site site = new Site(store, spec, new Layout(store.file().getFileName() == null ? "store"
        : store.file().toString()), new SessionGuard(), new PreferredLabels(spec.labelSources()),
        new SourceCode(highlighter), new MarkdownHtml(), new Writes(), new TableCounts(COUNTS_HELD), new PagePositions());
    site.writes().subscribe(site.labels()::stale);
    site.writes().subscribe(site.counts()::clear);
    HostGuard hosts = new HostGuard(settings.loopbackOnly());
    Assets assets = new Assets();
    boolean seTasks = store.read(connection -> Rows.number(connection,
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'se_task_items'") > 0);
    List<TableDefinition> tables = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = settings.bind();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = 1_000_000;
      config.router.ignoreTrailingSlashes = true;
      routes(config.routes, site, hosts, assets, seTasks, new CardSearch(cards), tables);
    });
    try {
      countTables(site, tables, progress);
      app.start();
    } catch (RuntimeException e) {
      if (highlighter != null) {
        highlighter.close();
      }
      cards.close();
      throw new IllegalStateException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
          + rootMessage(e), e);
    }
    return new WebServer(app, highlighter, cards, settings.bind());
  }

  /**
   * Counts every table view unfiltered and numbers its rows in its default order before the first
   * request, so the first visit of each list costs what later ones cost; the counts hold until a
   * form writes, the positions while the server runs (no form writes a table view's base table).
   */
  private static void countTables(Site site, List<TableDefinition> tables, Progress.Factory progress) {
    try (Progress counting = progress.start("serve: counting and ordering the tables")) {
      counting.total(tables.size());
      TableRequest unfiltered = new TableRequest(Map.of(), null, null);
      for (TableDefinition table : tables) {
        counting.message(table.title());
        if (table.path().equals(IssueTable.PATH)) {
          site.labels().ensure(site.store());
        }
        site.store().read(connection -> site.counts().get(table, unfiltered,
            () -> TableReader.count(site.store(), table, unfiltered)));
        site.positions().build(site.store(), table);
        counting.step();
      }
    }
  }

  private static void routes(RoutesConfig routes, Site site, HostGuard hosts, Assets assets, boolean seTasks,
      CardSearch cardSearch, List<TableDefinition> tables) {
    routes.before(ctx -> {
      if (!hosts.allows(ctx.header("Host"))) {
        throw new ForbiddenException("this server answers only to localhost (Host was " + ctx.header("Host") + ")");
      }
      ctx.header("Content-Security-Policy", POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Cache-Control", "no-store");
      if (ctx.method() == HandlerType.POST) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.header("Host"))) {
          throw new ForbiddenException("a write from another site (" + origin + ") is refused");
        }
        if (!site.guard().allows(ctx)) {
          throw new ForbiddenException("this form's session token is missing or out of date: reload the page and "
              + "try again");
        }
      }
    });
    // Every form writes the store (samples, annotations, blind mode): what was derived from it is stale.
    routes.after(ctx -> {
      if (ctx.method() == HandlerType.POST) {
        site.writes().happened();
      }
    });
    routes.get("/assets/{name}", ctx -> {
      Assets.Asset asset = assets.find(ctx.pathParam("name"))
          .orElseThrow(() -> new NotFoundException("no such asset"));
      ctx.header("Cache-Control", "max-age=3600");
      ctx.contentType(asset.mediaType()).result(asset.bytes());
    });
    routes.get("/", new OverviewPage(site));
    routes.get(ModelTable.PATH, new TablePage(site, listed(tables, ModelTable.definition(seTasks, cardSearch)), ModelTable.PATH,
        "The model catalog with card metadata, near-duplicate groups and the selection."));
    routes.get(ModelPage.PATH, new ModelPage(site));
    routes.get(HitTable.PATH, new TablePage(site, listed(tables, HitTable.definition()), HitTable.PATH,
        "Files code search found for each model, whether they were fetched, and the verdict of parsing them."));
    routes.get(UsageTable.PATH, new TablePage(site, listed(tables, UsageTable.definition()), UsageTable.PATH,
        "Model-loading calls found by parsing: where each is, what it loads and how the id was resolved."));
    routes.get(UsagePage.PATH, new UsagePage(site));
    routes.get(PatternGroupTable.PATH, new TablePage(site, listed(tables, PatternGroupTable.definition()), PatternGroupTable.PATH,
        "Groups of usages and their patterns: open a group for its medoids, call sequences and members."));
    routes.get(PatternPage.PATH, new PatternPage(site));
    routes.get(RepositoryTable.PATH, new TablePage(site, listed(tables, RepositoryTable.definition()), RepositoryTable.PATH,
        "Repositories with code hits and the downstream projects selected for the issue study."));
    TablePage issues = new TablePage(site, listed(tables, IssueTable.definition()), IssueTable.PATH,
        "Issues with the PTM relevance and themes of the preferred label source ("
            + Markup.text(String.join(" > ", site.labels().patterns())) + ").");
    routes.get(IssueTable.PATH, ctx -> {
      site.labels().ensure(site.store());
      issues.handle(ctx);
    });
    routes.get(IssuePage.PATH, new IssuePage(site));
    routes.get(CrawlUnitTable.PATH, new TablePage(site, listed(tables, CrawlUnitTable.definition()), "/",
        "Every unit of crawl work, its state, attempts and last error."));
    ReportPage report = new ReportPage(site);
    routes.get(ReportPage.PATH, report);
    WorkspacePage workspace = new WorkspacePage(site);
    AnnotatePage annotate = new AnnotatePage(site, workspace::drawn);
    routes.get(AnnotatePage.PATH, annotate::list);
    routes.post(AnnotatePage.PATH + "/samples", annotate::draw);
    routes.get(AnnotatePage.STRATA_PATH, annotate::strata);
    routes.get(WorkspacePage.PATH, workspace::show);
    routes.get(WorkspacePage.CSV_PATH, workspace::csv);
    routes.post("/annotate/save", workspace::save);
    routes.post("/annotate/blind", workspace::blind);
    routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, site, HttpStatus.BAD_REQUEST, e.getMessage()));
    routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, site, HttpStatus.NOT_FOUND, e.getMessage()));
    routes.exception(ForbiddenException.class, (e, ctx) -> error(ctx, site, HttpStatus.FORBIDDEN, e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, site, HttpStatus.INTERNAL_SERVER_ERROR, rootMessage(e));
    });
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, site, HttpStatus.NOT_FOUND, "no page at " + ctx.path());
      }
    });
  }

  private static TableDefinition listed(List<TableDefinition> tables, TableDefinition table) {
    tables.add(table);
    return table;
  }

  private static void error(Context ctx, Site site, HttpStatus status, String message) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.html(site.layout().page("", status.getCode() + " " + status.getMessage(),
        "<p class=\"problem\">" + Markup.text(message) + "</p><p>" + Markup.link("/", "Overview") + "</p>"));
  }

  private static boolean sameHost(String origin, String host) {
    if (host == null) {
      return false;
    }
    String stripped = origin.replaceFirst("^https?://", "");
    return stripped.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
  }

  private static PythonHighlighter highlighter(ServeSpec spec) {
    try {
      return new PythonHighlighter(spec.nativeDirectory(), spec.treeSitterBinding());
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Python snippets are shown without highlighting: tree-sitter did not load ({})", rootMessage(e));
      return null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** The port listened on (the chosen one when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    if (highlighter != null) {
      highlighter.close();
    }
    cards.close();
  }
}
