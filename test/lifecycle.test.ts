// Scale and lifecycle: a brief with 2,000 bullets, and 1,000 attach/detach cycles that leave
// no node, listener or memory behind.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $$, nextTask, sample, watchListeners } from './helpers.js';
import { both } from './fixture.js';

/** Every node of the document, counting those in open shadow roots. */
function nodesInPage(root: Document | ShadowRoot = document): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    if (node instanceof Element && node.shadowRoot) count += nodesInPage(node.shadowRoot);
  }
  return count;
}

/** DevTools' DOM counters and heap use (web-test-runner.config.mjs, `dom-counters`). */
interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  jsHeapUsed: number;
}

describe('scale and lifecycle', function () {
  this.timeout(120000);

  both('renders a brief with 2,000 bullets', async (fixture) => {
    const bullets = Array.from(
      { length: 2000 },
      (_, i) => `Bullet number ${i + 1} with a [link](https://example.org/${i}).`,
    );
    const el = await fixture<IntelBrief>(
      html`<intel-brief .brief=${{ title: 'Big', date: '2024-04-04', sections: [{ heading: 'All', bullets }] }}></intel-brief>`,
    );
    expect($$(el, 'li')).to.have.length(2000);
    expect($$(el, 'li a')).to.have.length(2000);
    expect($$(el, 'li').at(-1)!.textContent).to.equal('Bullet number 2000 with a link.');
  });

  describe('1,000 attach/detach cycles', () => {
    const host = document.createElement('div');
    const page: { nodes: number; listeners: number }[] = [];
    /** The `dom-counters` command's answers: DevTools counters after a forced GC in Chromium, `false` elsewhere. */
    const counters: (DomCounters | false)[] = [];

    before(async function () {
      this.timeout(120000);
      const brief = await sample('cyber-slavery-2024');
      document.body.append(host);
      const cycle = async () => {
        const el = document.createElement('intel-brief');
        el.brief = brief;
        host.append(el);
        await el.updateComplete;
        el.remove();
      };
      for (let i = 0; i < 50; i++) await cycle(); // warm up caches and code
      const listeners = watchListeners();
      try {
        page.push({ nodes: nodesInPage(), listeners: listeners.count() });
        counters.push(await executeServerCommand<DomCounters | false, undefined>('dom-counters'));
        for (let i = 0; i < 1000; i++) await cycle();
        await nextTask();
        page.push({ nodes: nodesInPage(), listeners: listeners.count() });
        counters.push(await executeServerCommand<DomCounters | false, undefined>('dom-counters'));
      } finally {
        listeners.stop();
        host.remove();
      }
    });

    it('leave no node and no listener behind in the page', () => {
      const [before, after] = page;
      console.log(
        `1,000 attach/detach cycles: nodes in the page ${before.nodes} -> ${after.nodes}, listeners left on live targets ${after.listeners}`,
      );
      expect(after.nodes, 'nodes in the document and its shadow roots').to.equal(before.nodes);
      expect(after.listeners, 'listeners left on the window, the document or nodes in it').to.equal(0);
    });

    it('free every detached brief: DOM and JS heap counters after a forced GC (Chromium only: DevTools protocol)', function () {
      const [before, after] = counters;
      // Firefox and WebKit offer no way to force a GC or count DOM objects, from the page or over WebDriver.
      if (!before || !after) this.skip();
      console.log(
        `1,000 attach/detach cycles: nodes ${before.nodes} -> ${after.nodes}, listeners ${before.jsEventListeners} -> ${after.jsEventListeners}, documents ${before.documents} -> ${after.documents}, JS heap ${(before.jsHeapUsed / 1e6).toFixed(1)} MB -> ${(after.jsHeapUsed / 1e6).toFixed(1)} MB`,
      );
      expect(after.jsEventListeners - before.jsEventListeners).to.be.below(20);
      expect(after.nodes - before.nodes).to.be.below(200); // one brief is ~150 nodes: none of the 1,000 may stay
      expect(after.jsHeapUsed - before.jsHeapUsed).to.be.below(5e6);
    });
  });
});
