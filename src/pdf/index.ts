/**
 * `intel-brief/pdf` (Node only): a brief as a PDF. Headless Chromium prints
 * the page `renderBriefPage()` gives, with JavaScript off, through the
 * elements' own print styles, as a reader's browser would print it: the TLP
 * marking at the top and bottom of every page, page numbers, working links,
 * bookmarks from the headings, a tagged PDF, and the brief's title, author,
 * summary and tags in the document's metadata.
 *
 *     import { renderBriefPdf } from 'intel-brief/pdf';
 *     writeFileSync('brief.pdf', await renderBriefPdf(brief, { paper: 'a4' }));
 *
 * The browser is driven by `puppeteer-core` (an optional peer dependency) and
 * found at `CHROME_PATH`, else where Chrome and Chromium usually install. To
 * print many briefs, keep one browser open: `openPdfPrinter()`.
 */
import { existsSync } from 'node:fs';
import { PAGE_MARGINS } from '../internal/page-marking-rule.js';
import type { BriefIssue } from '../brief/validate.js';
import type { BriefErrorReason } from '../internal/brief-loader.js';
import { checkBrief, plainText, renderBriefPage, type RenderOptions } from '../ssr/server.js';
import { withDocumentInfo } from './document-info.js';
import type { Page, PDFOptions } from 'puppeteer-core';

export interface PdfOptions extends Pick<RenderOptions, 'layout' | 'lang' | 'tlpMax' | 'dateStyle' | 'labels'> {
  /** `a4` (default) or `letter`. */
  paper?: 'a4' | 'letter' | undefined;
}

export interface PrinterOptions {
  /** The Chrome or Chromium to run; default `CHROME_PATH`, else the usual install paths. */
  executablePath?: string | undefined;
}

/** Why no PDF was made: the brief is not JSON (`json`), not valid (`invalid`), above `tlpMax` (`tlp`), or there is no browser to print it (`browser`). */
export class BriefPdfError extends Error {
  override name = 'BriefPdfError';
  constructor(
    message: string,
    readonly reason: BriefErrorReason | 'browser',
    /** The validator's issues, with reason `invalid`. */
    readonly issues: readonly BriefIssue[] = [],
  ) {
    super(message);
  }
}

/** A browser kept open between PDFs: `print()` as often as needed, then `close()`. */
export interface PdfPrinter {
  print(brief: unknown, options?: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Where the browser is: `CHROME_PATH`, else the first usual install path that exists. */
export function findChrome(): string | undefined {
  return [process.env.CHROME_PATH, ...CHROME_PATHS].find((path) => path && existsSync(path));
}

/**
 * Page numbers (`2 / 5`) at the bottom right of every page, beside the
 * marking; the page's margins are the paper's, not the body's padding.
 */
const PAGE_STYLES = `@page{margin:${PAGE_MARGINS};@bottom-right{content:counter(page) " / " counter(pages);font:9pt system-ui,sans-serif}}body{padding:0}`;

/**
 * Opens a headless Chromium for printing briefs. Fails with a
 * `BriefPdfError` (reason `browser`) that says what to install when
 * `puppeteer-core` or the browser is missing.
 */
export async function openPdfPrinter(options: PrinterOptions = {}): Promise<PdfPrinter> {
  let puppeteer: typeof import('puppeteer-core').default;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    throw new BriefPdfError('Printing a PDF needs puppeteer-core: npm install puppeteer-core', 'browser');
  }
  const executablePath = options.executablePath ?? findChrome();
  if (!executablePath) {
    throw new BriefPdfError(
      'Printing a PDF needs Chrome or Chromium: install one (on Debian: apt-get install chromium) or set CHROME_PATH',
      'browser',
    );
  }
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The page loads nothing from the network: no name resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  return {
    async print(brief, pdfOptions = {}) {
      const check = checkBrief(brief, pdfOptions);
      if (!check.ok) throw new BriefPdfError(check.message, check.reason, check.issues);
      const shown = check.brief;
      // The page carries the brief's marking in every page's margins (renderBriefPage).
      const html = await renderBriefPage(shown, { ...pdfOptions, hydratable: false, styles: PAGE_STYLES });
      const page = await browser.newPage();
      try {
        // The page is ours and has no script; evaluate() below needs JavaScript on.
        await page.setContent(html, { waitUntil: 'load' });
        const settings: PDFOptions = {
          format: pdfOptions.paper === 'letter' ? 'Letter' : 'A4',
          printBackground: true,
          outline: true,
          tagged: true,
        };
        const print = () => page.pdf(settings);
        let pdf = await print();
        if (await footerStandsAlone(page, settings, pageCount(pdf))) {
          await page.evaluate(moveLastBlockToFooterPage);
          pdf = await print();
        }
        const author = typeof shown.author === 'string' ? shown.author : shown.author?.name;
        return withDocumentInfo(pdf, {
          Author: author && plainText(author),
          Subject: shown.summary && plainText(shown.summary),
          Keywords: shown.tags?.map(plainText).join(', '),
          Creator: 'intel-brief',
        });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The number of pages of a PDF Chromium wrote (its page tree's `/Count`). */
const pageCount = (pdf: Uint8Array) =>
  Math.max(
    0,
    ...[
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g),
    ].map((m) => Number(m[1])),
  );

/**
 * Whether the brief's footer (its tags and closing marking) prints on a page of
 * its own, or splits with the marking alone at the top of the last page: the
 * brief prints on fewer pages without it. The print styles ask for no break
 * before the footer, but Chromium breaks there anyway once the block before
 * it began on an earlier page.
 */
async function footerStandsAlone(page: Page, settings: PDFOptions, pages: number) {
  if (pages < 2) return false;
  const hide = await page.addStyleTag({ content: 'intel-brief::part(footer){display:none}' });
  const without = pageCount(await page.pdf(settings));
  await hide.evaluate((style) => style.remove());
  return without < pages;
}

/** Runs in the page: the brief's last line of content starts a page, so the footer prints under it. */
function moveLastBlockToFooterPage() {
  let last = document.querySelector('intel-brief')?.shadowRoot?.querySelector('[part="rest"]');
  // Down to the last paragraph, list item or tile: a block that is one piece of text.
  while (last?.lastElementChild && !/^(P|LI|H[1-6])$/.test(last.tagName)) last = last.lastElementChild;
  if (last instanceof HTMLElement) last.style.breakBefore = 'page';
}

/** One brief as PDF bytes, in a browser opened for it and closed after. */
export async function renderBriefPdf(brief: unknown, options: PdfOptions & PrinterOptions = {}): Promise<Uint8Array> {
  // Nothing is started for a brief that will not print.
  const check = checkBrief(brief, options);
  if (!check.ok) throw new BriefPdfError(check.message, check.reason, check.issues);
  const printer = await openPdfPrinter(options);
  try {
    return await printer.print(check.brief, options);
  } finally {
    await printer.close();
  }
}
