package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver; both paths are given, so Selenium Manager
 * never runs and nothing is downloaded. The window is a 360 × 740 phone screen at device pixel ratio 2.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int WIDTH = 360;
  static final int HEIGHT = 740;
  /** axe-core's own build of axe.min.js, from Deque's Maven artifact (com.deque.html.axe-core:selenium, test scope). */
  static final String AXE = "axe.min.js";
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /**
   * Table rules axe leaves off by default (tagged experimental), run as well: every data cell has a header,
   * and no table uses its first row as a fake caption. (th-has-data-cells is in the WCAG tags already.)
   */
  static final List<String> EXTRA_RULES = List.of("td-has-header", "table-fake-caption");

  final ChromeDriver driver;
  private final Path profile;
  private final ChromeDriverService service;
  private static String axeSource;

  private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
  }

  /** Fails (never skips) when Debian's chromium or chromium-driver is missing, in CI and elsewhere. */
  static void requireInstalled() {
    List<String> missing = new ArrayList<>();
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        missing.add(p.toString());
      }
    }
    if (!missing.isEmpty()) {
      String how = "apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does this)";
      fail(("true".equals(System.getenv("CI")) ? "CI: " : "")
          + "the browser tests need Debian's Chromium and ChromeDriver; missing " + missing + ". Install: " + how);
    }
  }

  /** A fresh headless browser with its own empty profile; {@code javascript=false} turns scripts off. */
  static Browser start(boolean javascript) {
    requireInstalled();
    // No Selenium Manager: the driver comes from the service, the browser from the options.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("gongkai-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN", "--window-size=800,900",
          "--user-data-dir=" + profile);
      if (!javascript) {
        options.addArguments("--blink-settings=scriptEnabled=false");
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .withLogOutput(java.io.OutputStream.nullOutputStream())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      // Headless windows are at least 500 px wide: the phone screen is emulated (it stays for the whole session).
      Browser browser = new Browser(driver, service, profile);
      browser.emulate(PHONE, "");
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String url) {
    driver.get(url);
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  double number(String script, Object... args) {
    return ((Number) js(script, args)).doubleValue();
  }

  /**
   * Runs axe-core with the WCAG 2.0/2.1 A and AA tags and {@link #EXTRA_RULES} on the current page; one line per violation (rule id,
   * impact, help text, the failing elements and axe's summary), empty when there is none.
   */
  @SuppressWarnings("unchecked")
  List<String> axeViolations() {
    if (axeSource == null) {
      try (var in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
        if (in == null) {
          fail("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
        }
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
      js(axeSource + "\n;return true;");
    }
    Object result =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var rules = {}; arguments[1].forEach(function (id) { rules[id] = {enabled: true}; });"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: rules, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' [' + v.impact + '] ' + v.help + ' (' + v.helpUrl + ')\\n' + v.nodes.map(function (n) {"
                + "    return '    ' + n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\n/g, ' ');"
                + "  }).join('\\n'); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });",
            WCAG_TAGS,
            EXTRA_RULES);
    return (List<String>) result;
  }

  /** The element's pixels (scrolled into view first), at the device pixel ratio. */
  BufferedImage screenshot(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    return image(element.getScreenshotAs(OutputType.BYTES));
  }

  /** The whole page, beyond the 740 px viewport, as PNG bytes. */
  @SuppressWarnings("unchecked")
  byte[] fullPagePng() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = new HashMap<>();
    clip.put("x", 0);
    clip.put("y", 0);
    clip.put("width", ((Number) size.get("width")).doubleValue());
    clip.put("height", ((Number) size.get("height")).doubleValue());
    clip.put("scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** Prints the current page as the browser's “Save as PDF” would, on A4 portrait. */
  byte[] printA4() {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setOrientation(PrintOptions.Orientation.PORTRAIT);
    options.setBackground(true);
    return Base64.getDecoder().decode(driver.print(options).getContent());
  }

  /** A viewport size in CSS px. */
  record Metrics(int width, int height) {}

  static final Metrics PHONE = new Metrics(WIDTH, HEIGHT);

  /**
   * Emulates a viewport (at device pixel ratio 2) and a CSS media type ({@code print}; empty for the normal
   * screen) through the DevTools protocol.
   */
  void emulate(Metrics metrics, String media) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", metrics.width(), "height", metrics.height(), "deviceScaleFactor", 2, "mobile", false));
    emulateMedia(media);
  }

  /** Emulates a CSS media type ({@code print}; empty for none) through the DevTools protocol. */
  void emulateMedia(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  static BufferedImage image(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BinaryBitmap bitmap(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    LuminanceSource source = new RGBLuminanceSource(w, h, img.getRGB(0, 0, w, h, null, 0, w));
    return new BinaryBitmap(new HybridBinarizer(source));
  }

  /** The text of the QR code in the image, or an assertion failure. */
  static String decodeQr(BufferedImage img) {
    try {
      return new QRCodeReader()
          .decode(bitmap(img), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
          .getText();
    } catch (NotFoundException e) {
      return fail("no QR code found in a " + img.getWidth() + "×" + img.getHeight() + " image");
    } catch (ReaderException e) {
      return fail("QR code not readable: " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.close();
      deleteTree(profile);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a profile file Chromium still holds: left for the OS to clean up
    }
  }
}
