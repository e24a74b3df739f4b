// Runs inside the locked-down page (see page.html): renders every sample brief
// with the single-file bundle, three ways, and reports to the test in the parent.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (String(event.sample).includes('csp-probe')) return;
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
});

// Proof that the policy is enforced here: a string into innerHTML must throw.
let enforced = false;
try {
  document.createElement('div').innerHTML = '<b>csp-probe</b>';
} catch (error) {
  enforced = error instanceof TypeError;
}

const settle = (el) =>
  new Promise((resolve) => {
    if (el.shadowRoot?.querySelector('article, [role="alert"], [part="withheld"]')) return resolve();
    el.addEventListener('brief-load', () => resolve(), { once: true });
    el.addEventListener('brief-error', () => resolve(), { once: true });
  });

await customElements.whenDefined('intel-brief');
const main = document.querySelector('main');
const rendered = [];
const pending = [settle(document.getElementById('inline'))];
for (const name of ['cyber-slavery-2024', 'minimal', 'port-strike-tlp-green']) {
  const fromSrc = document.createElement('intel-brief');
  fromSrc.setAttribute('tlp-max', 'green');
  fromSrc.src = `/briefs/${name}.json`;
  const fromProperty = document.createElement('intel-brief');
  fromProperty.setAttribute('tlp-max', 'green');
  fromProperty.brief = await (await fetch(`/briefs/${name}.json`)).json();
  main.append(fromSrc, fromProperty);
  pending.push(settle(fromSrc), settle(fromProperty));
}
await Promise.all(pending);
await new Promise((resolve) => setTimeout(resolve, 100));
for (const el of document.querySelectorAll('intel-brief')) {
  rendered.push(el.shadowRoot.querySelector('h2')?.textContent ?? `not rendered: ${el.shadowRoot.textContent.trim()}`);
}
const tile = document.querySelector('download-pdf').shadowRoot.querySelector('a')?.textContent ?? '';
const section = document.querySelector('brief-section').shadowRoot.querySelector('h2')?.textContent ?? '';
parent.postMessage({ source: 'csp-page', enforced, violations, rendered, tile, section }, '*');
