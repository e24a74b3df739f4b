/**
 * Closed cards print whole. A closed card renders its head and footer alone
 * until it is first opened; printing renders the rest of every such card
 * first, synchronously, in `beforeprint`, which every engine fires before it
 * lays the page out for print (Chromium's `page.pdf()` too).
 *
 * Each card holds a controller (`printWhole`) that puts it on the page's list
 * after an update that leaves its rest unrendered, and takes it off after one
 * that renders it, or when it disconnects; the page listens for `beforeprint`
 * only while the list is not empty. Nothing here runs on the server.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What renders each listed card whole. */
const unopened = new Set<() => void>();
const beforePrint = () => unopened.forEach((renderWhole) => renderWhole());

/**
 * Makes `host` a card that prints whole: `partial()` says whether its rest is
 * left out now; `renderWhole()` renders it, synchronously.
 */
export function printWhole(host: ReactiveControllerHost & Node, partial: () => boolean, renderWhole: () => void) {
  const report = () => {
    if (host.isConnected && partial()) {
      if (!unopened.size) addEventListener('beforeprint', beforePrint);
      unopened.add(renderWhole);
    } else if (unopened.delete(renderWhole) && !unopened.size) {
      removeEventListener('beforeprint', beforePrint);
    }
  };
  const controller: ReactiveController = { hostUpdated: report, hostDisconnected: report };
  host.addController(controller);
  return controller;
}
