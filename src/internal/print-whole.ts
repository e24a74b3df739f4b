/**
 * Closed cards print whole: a closed card renders its head and footer alone
 * until first opened, so printing renders the rest of each such card first, in
 * `beforeprint` (which every engine fires before laying out the page for print).
 * The page listens for it only while some card waits.
 */

/** What renders each listed card whole. */
const unopened = new Set<() => void>();
const beforePrint = () => unopened.forEach((renderWhole) => renderWhole());

/**
 * Records whether a card's rest is left out now (`partial`): `renderWhole`
 * renders it, synchronously, before the page prints.
 */
export function printWhole(renderWhole: () => void, partial: boolean) {
  if (partial) {
    if (!unopened.size) addEventListener('beforeprint', beforePrint);
    unopened.add(renderWhole);
  } else if (unopened.delete(renderWhole) && !unopened.size) {
    removeEventListener('beforeprint', beforePrint);
  }
}
