package th.ita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's chromium through its own chromedriver, headless) against the running
 * pipeline: what a person does, step by step, with a screenshot of each under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String INFORMATION_CENTRE = "ศูนย์ข้อมูลข่าวสาร";

    private static RunningIta ita;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        ita = RunningIta.shared();
        downloads = Files.createTempDirectory("ita-browser-downloads-");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--window-size=1400,1000", "--lang=th");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits until the page has drawn the answer for its current URL. */
    private static void awaitDrawn() {
        wait.until(driver -> {
            String drawn = driver.findElement(By.tagName("body")).getAttribute("data-rendered");
            String url = driver.getCurrentUrl();
            String search = url.contains("?") ? url.substring(url.indexOf('?')) : "?";
            return search.equals(drawn);
        });
    }

    private static List<WebElement> groups() {
        return browser.findElements(By.cssSelector("#hits .group"));
    }

    @Test
    @Order(1)
    void aThaiQueryTypedInTheBoxFindsMeasure21AndLivesInTheUrl() throws Exception {
        browser.get(ita.base() + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys(INFORMATION_CENTRE);
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("q="));
        awaitDrawn();
        assertThat(browser.findElements(By.cssSelector("#hits .tag")).stream().map(WebElement::getText))
                .anyMatch(tag -> tag.contains("2.1"));
        assertThat(browser.findElements(By.cssSelector("#hits mark")).stream().map(WebElement::getText))
                .anyMatch(mark -> mark.contains("ข้อมูล"));
        assertThat(browser.findElements(By.cssSelector("#chart .bar"))).isNotEmpty();
        screenshot("1-search");
    }

    @Test
    @Order(2)
    void choosingAFiscalYearFiltersTheHitsAndKeepsTheQuery() throws Exception {
        browser.findElement(By.cssSelector("details[data-facet=year] a[data-value='2565']")).click();

        wait.until(ExpectedConditions.urlContains("year=2565"));
        awaitDrawn();
        assertThat(browser.findElements(By.cssSelector("#active .chip[data-filter=year]"))).hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("q=");
        assertThat(groups()).isNotEmpty().allSatisfy(group ->
                assertThat(group.findElement(By.cssSelector(".meta")).getText()).contains("2565"));
        screenshot("2-year-filter");
    }

    @Test
    @Order(3)
    void openingAReportShowsItsMemoMeasuresAndTheOriginalDownloads() throws Exception {
        groups().get(0).findElement(By.cssSelector("a.open-report")).click();

        wait.until(ExpectedConditions.urlContains("report="));
        awaitDrawn();
        WebElement report = browser.findElement(By.id("report"));
        assertThat(report.findElement(By.cssSelector("dl.memo")).getText()).contains("หนองโสน");
        assertThat(report.findElements(By.cssSelector("table td")).stream().map(WebElement::getText)).contains("2.1");
        screenshot("3-report");

        report.findElement(By.id("original")).click();
        Path original = awaitDownload(".docx");
        assertThat(Files.readAllBytes(original))
                .isEqualTo(Files.readAllBytes(RunningIta.FIXTURES.resolve(RunningIta.SEED_000)));
    }

    @Test
    @Order(4)
    void theCsvExportButtonDownloadsTheMatchingRows() throws Exception {
        browser.navigate().back();
        awaitDrawn();
        WebElement csv = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#exports a[data-format=csv]")));
        csv.click();

        Path file = awaitDownload(".csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"reportId\"").contains("\"2.1\"").contains("2565");
    }

    @Test
    @Order(5)
    void aDocxUploadedFromThePageIsFollowedToArchivedAndThenFound() throws Exception {
        browser.get(ita.base() + "/");
        awaitDrawn();
        Path docx = RunningIta.FIXTURES.resolve("003_de5ae8d4d3f592eb.docx").toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(docx.toString());

        WebElement row = wait.until(driver -> driver.findElements(By.cssSelector("#uploads li.upload")).stream()
                .findFirst().orElse(null));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(driver ->
                List.of("archived", "failed", "needs-ocr", "duplicate").contains(row.getAttribute("data-status")));
        screenshot("5-upload");
        assertThat(row.getAttribute("data-status")).isEqualTo("archived");

        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("วังมะปรางเหนือ");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        awaitDrawn();
        assertThat(groups()).anySatisfy(group -> assertThat(group.getText()).contains("วังมะปรางเหนือ"));
    }

    @Test
    @Order(6)
    void theEnglishSwitchAndAPhoneWidthKeepThePageUsable() throws Exception {
        browser.findElement(By.id("lang")).click();
        awaitDrawn();
        wait.until(driver -> driver.findElement(By.id("summary")).getText().contains("matches"));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("lang")).click();
        wait.until(driver -> driver.findElement(By.id("summary")).getText().startsWith("พบ"));

        browser.manage().window().setSize(new Dimension(390, 844));
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        screenshot("6-phone");
        assertThat(scrollWidth).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    @Order(7)
    void anOItemFacetShowsItsCountAndFiltersToTheIndicatorsListingIt() throws Exception {
        browser.get(ita.base() + "/");
        awaitDrawn();
        WebElement facet = wait.until(driver -> driver.findElements(By.cssSelector("details[data-facet=oCode]")).stream()
                .findFirst().orElse(null));
        if (facet.getAttribute("open") == null) {
            facet.findElement(By.tagName("summary")).click(); // a long list of O-items starts folded
        }
        WebElement item = facet.findElement(By.tagName("li"));
        String code = item.findElement(By.tagName("a")).getAttribute("data-value");
        String count = item.findElement(By.cssSelector(".count")).getText();
        assertThat(code).matches("O\\d+");
        item.findElement(By.tagName("a")).click();

        wait.until(ExpectedConditions.urlContains("oCode=" + code));
        awaitDrawn();
        assertThat(browser.findElement(By.id("summary")).getText()).contains(" " + count + " ");
        assertThat(browser.findElements(By.cssSelector("#active .chip[data-filter=oCode]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#hits .hit"))).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.getAttribute("data-kind")).isEqualTo("indicator"));
        screenshot("7-o-item");
    }

    @Test
    @Order(8)
    void aPastedParagraphIsSearchedByItsBeginningAndThePageSaysSo() throws Exception {
        String paragraph = Files.readString(Path.of("src/test/resources/seeds/000_2065e0d738ff9e85.txt"))
                .replaceAll("\\s+", " ").strip().substring(0, 1000);
        browser.get(ita.base() + "/");
        awaitDrawn();
        assertThat(browser.findElement(By.id("note")).isDisplayed()).isFalse();
        WebElement box = browser.findElement(By.id("q"));
        // typed at once: sendKeys of a thousand Thai letters one by one takes long in a headless browser
        browser.executeScript("arguments[0].value = arguments[1];", box, paragraph);
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("q="));
        awaitDrawn();
        WebElement note = browser.findElement(By.id("note"));
        assertThat(note.isDisplayed()).isTrue();
        assertThat(note.getText()).contains("คำค้นยาว").contains("1,000");
        assertThat(groups()).isNotEmpty();
        screenshot("8-long-query");
    }

    @Test
    @Order(9)
    void punctuationAloneIsExplainedInThai() throws Exception {
        browser.get(ita.base() + "/?q=...");
        awaitDrawn();
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("ไม่มีคำให้ค้น");
        assertThat(groups()).isEmpty();
    }

    /** The one finished download with this extension (Chromium writes .crdownload until it is whole). */
    private static Path awaitDownload(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst();
                return done.orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
