package io.hfmine.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Selenium and the system chromedriver, for the end-to-end
 * tests of {@code hfmine serve}. Nothing is downloaded: the browser and driver come from the
 * system ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 *
 * <p>When they are missing the tests fail, naming the packages; a developer without them opts out
 * with {@code -Dhfmine.browser-tests=skip}.
 */
public final class Browser implements AutoCloseable {
  /** System property that skips browser tests when set to {@code skip}. */
  public static final String OPT_OUT = "hfmine.browser-tests";
  /** System property naming a folder that also receives the screenshots (the README's live in docs/). */
  public static final String SCREENSHOTS = "hfmine.screenshots";

  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts headless Chromium with a fresh profile; downloads go to {@code downloads}. */
  public static Browser open(Path downloads) {
    if ("skip".equals(System.getProperty(OPT_OUT))) {
      Assumptions.abort("browser tests skipped (-D" + OPT_OUT + "=skip)");
    }
    Path chromium = first(System.getProperty("hfmine.chromium"), BROWSERS);
    Path chromedriver = first(System.getProperty("hfmine.chromedriver"), DRIVERS);
    if (chromium == null || chromedriver == null) {
      throw new AssertionError("the browser tests need Debian's chromium and chromium-driver ("
          + (chromium == null ? "no chromium in " + BROWSERS : "no chromedriver in " + DRIVERS) + "): "
          + "apt-get install chromium chromium-driver (.ci/run does), or skip them with -D" + OPT_OUT + "=skip");
    }
    try {
      Path profile = Files.createTempDirectory("hfmine-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
      options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
          "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path first(String chosen, List<String> candidates) {
    if (chosen != null) {
      return Files.isExecutable(Path.of(chosen)) ? Path.of(chosen) : null;
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Runs a script in the page and returns its value (for reading state, never for acting). */
  public Object script(String javascript) {
    return ((JavascriptExecutor) driver).executeScript(javascript);
  }

  /** Waits until a page whose address contains {@code fragment} is loaded. */
  public void waitForUrl(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(fragment)
        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Waits until the annotation page lists the sample named {@code sample} and returns its row.
   * After the draw form is sent, the address is {@code /annotate} before and after the post, so
   * only the new row tells that the draw is stored; opening another page sooner would cancel it.
   */
  public WebElement waitForSampleRow(String sample) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .withMessage(() -> find("body").getText())
        .until(d -> d.findElements(By.cssSelector("table#samples tbody tr")).stream()
            .filter(row -> row.getText().startsWith(sample + " ")).findFirst().orElse(null));
  }

  /** Types keys into the page as a person would (to the focused element, the body by default). */
  public void press(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
  }

  /** Saves a screenshot into target/screenshots, and into the {@link #SCREENSHOTS} folder when set. */
  public Path screenshot(String name) {
    try {
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
      Files.write(target, png);
      String extra = System.getProperty(SCREENSHOTS);
      if (extra != null && !extra.isBlank()) {
        Files.write(Files.createDirectories(Path.of(extra)).resolve(name + ".png"), png);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
