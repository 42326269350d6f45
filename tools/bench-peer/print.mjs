// The Node peer of the exports benchmark (deploy/bench/exports.sh): prints one HTML file N times with puppeteer-core on
// warm pages, the way a well-built Node exporter would, with the PDF options and page guards our renderer uses
// (JavaScript off, every request but data: and about:blank aborted, tagged, outline, CSS page size, backgrounds).
// The browser is the one given by --executable (Debian's Chromium), launched with the flags given by --arg, never
// downloaded. Prints one JSON line on stdout: {count, concurrency, seconds, latenciesMs, bytes, pages, version}.
//
// node print.mjs --html FILE --count N --concurrency C [--warmup W] [--format A4|Letter] --executable PATH [--arg FLAG]...
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';

function parse(argv) {
  const options = { count: 60, concurrency: 2, warmup: 10, format: 'A4', executable: '/usr/bin/chromium-headless-shell', args: [] };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--html': options.html = value; i++; break;
      case '--count': options.count = Number(value); i++; break;
      case '--concurrency': options.concurrency = Number(value); i++; break;
      case '--warmup': options.warmup = Number(value); i++; break;
      case '--format': options.format = value; i++; break;
      case '--executable': options.executable = value; i++; break;
      case '--arg': options.args.push(value); i++; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!options.html || !(options.count > 0) || !(options.concurrency > 0)) {
    throw new Error('usage: print.mjs --html FILE --count N --concurrency C [--warmup W] --executable PATH [--arg FLAG]...');
  }
  return options;
}

async function openGuardedPage(browser) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', request => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') {
      request.continue().catch(() => {});
    } else {
      request.abort('blockedbyclient').catch(() => {});
    }
  });
  return page;
}

async function print(page, html, format) {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    format,
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    waitForFonts: false,
  });
}

async function run(pages, total, work) {
  let next = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(pages.map(async page => {
    for (let index = next++; index < total; index = next++) {
      const one = performance.now();
      await work(page);
      latencies.push(performance.now() - one);
    }
  }));
  return { seconds: (performance.now() - started) / 1000, latencies };
}

const options = parse(process.argv.slice(2));
const html = await readFile(options.html, 'utf8');
const userDataDir = await mkdtemp(join(tmpdir(), 'bench-peer-chromium-'));
const browser = await puppeteer.launch({
  executablePath: options.executable,
  headless: true,
  args: options.args,
  userDataDir,
  pipe: true,
});
try {
  const pages = await Promise.all(Array.from({ length: options.concurrency }, () => openGuardedPage(browser)));
  let last = null;
  await run(pages, options.warmup, async page => { last = await print(page, html, options.format); });
  const measured = await run(pages, options.count, async page => { last = await print(page, html, options.format); });
  const text = Buffer.from(last).toString('latin1');
  process.stdout.write(JSON.stringify({
    count: options.count,
    concurrency: options.concurrency,
    seconds: measured.seconds,
    latenciesMs: measured.latencies,
    bytes: last.length,
    pages: (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length,
    version: await browser.version(),
    puppeteer: 'puppeteer-core ' + (await import('puppeteer-core/package.json', { with: { type: 'json' } })).default.version,
    pid: browser.process()?.pid ?? null,
  }) + '\n');
} finally {
  await browser.close();
  await rm(userDataDir, { recursive: true, force: true });
}
