// Drives the exploration page in headless Chromium (Debian's, through playwright-core):
// opens /, runs a named query, checks the result rows, follows a result link to an entity
// page, and saves screenshots of both. Usage: node explore_page.mjs URL SCREENSHOT_DIR
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../../../web/package.json"));
const { chromium } = require("playwright-core");

const [url, screenshots] = process.argv.slice(2);
if (!url || !screenshots) {
  console.error("usage: node explore_page.mjs URL SCREENSHOT_DIR");
  process.exit(2);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));

  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(".CodeMirror", { timeout: 20000 });
  // The named queries are fetched after the editor is drawn, so wait for the list itself.
  await page.waitForSelector("#named-query[data-state]", { timeout: 20000 });
  const loadError = page.locator("#load-error:not([hidden])");
  check((await loadError.count()) === 0, `the page reports: ${await loadError.first().innerText().catch(() => "")}`);
  const options = await page.locator("#named-query option").count();
  check(options > 10, `expected the named queries in the list, found ${options - 1}`);

  await page.selectOption("#named-query", "counts_by_province");
  await page.click("#run-named");
  const firstRow = page.locator(".yasr table.dataTable tbody tr").first();
  await firstRow.waitFor({ timeout: 30000 });
  const rows = await page.locator(".yasr table.dataTable tbody tr").count();
  const text = await page.locator(".yasr table.dataTable tbody").innerText();
  check(rows >= 3, `expected at least 3 result rows, found ${rows}`);
  check(/Province/.test(text), `expected province names among the results, got: ${text.slice(0, 200)}`);
  await page.locator("#chart-panel:not([hidden])").waitFor({ timeout: 10000 });
  await page.screenshot({ path: path.join(screenshots, "explorer.png"), fullPage: false });

  const link = page.locator(".yasr table.dataTable tbody a[href*='/id/']").first();
  const linkText = await link.innerText();
  await Promise.all([page.waitForURL(/127\.0\.0\.1:\d+\/id\//, { timeout: 20000 }), link.click()]);
  const heading = await page.locator("h1").innerText();
  check(heading.length > 0, "the entity page has no heading");
  const chinese = await page.locator("p.labels span[lang=zh]").count();
  check(chinese === 1, "the entity page shows no Chinese label");
  const evidence = await page.locator("main table").count();
  check(evidence > 0, "the entity page shows no table of properties or evidence");
  await page.screenshot({ path: path.join(screenshots, "entity.png"), fullPage: false });
  check(pageErrors.length === 0, `errors on the page: ${pageErrors.join("; ")}`);
  console.log(`explorer: ${rows} rows; followed '${linkText.trim()}' to '${heading}' at ${page.url()}`);
} finally {
  await browser.close();
}
