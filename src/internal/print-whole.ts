/**
 * Closed cards print whole: a closed card renders its head and footer alone
 * until first opened, so printing renders the rest of each such card first, in
 * `beforeprint` (which every engine fires before laying out the page for print).
 * The page listens for it only while some card waits.
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
  const controller: ReactiveController = { hostConnected: report, hostUpdated: report, hostDisconnected: report };
  host.addController(controller);
  return controller;
}
