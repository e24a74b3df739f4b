/**
 * The meaning of a source's grade, shown by CSS on hover and focus. As WCAG
 * 1.4.13 asks, Escape hides it, whether the pointer or focus opened it, until
 * both leave the chip; and it moves back inside the viewport where it would
 * overflow (a chip at the end of a line on a narrow phone).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class GradeTips implements ReactiveController {
  /** The chip whose meaning shows: the one Escape hides when focus is elsewhere. */
  #shown: Element | null = null;
  #frame = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.#leave();
    cancelAnimationFrame(this.#frame);
  }

  /** Listener for the list of sources: pointer and focus events, and keys pressed in it. */
  readonly handleEvent = (event: Event) => {
    const chip = (event.target as Element).closest('.grade');
    const to = (event as FocusEvent).relatedTarget as Node | null;
    const { type } = event;
    if (!chip || (to && chip.contains(to))) return;
    if (type === 'keydown') {
      this.#dismiss(event as KeyboardEvent, chip);
    } else if (type.endsWith('out')) {
      // The next hover or focus shows the meaning again; Escape has nothing to hide until then.
      this.#leave();
      chip.removeAttribute('data-dismissed');
    } else {
      this.#shown = chip;
      // Escape pressed anywhere hides a meaning the pointer opened: listened for while it shows.
      if (type === 'pointerover') addEventListener('keydown', this.#dismiss);
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => fitInViewport(chip.lastElementChild as HTMLElement));
    }
  };

  /** Escape hides the meaning of `chip`: the focused one (a key pressed in the list), or else the one shown. */
  readonly #dismiss = (event: KeyboardEvent, chip = this.#shown) => {
    if (event.key === 'Escape') chip?.setAttribute('data-dismissed', '');
  };

  #leave() {
    this.#shown = null;
    removeEventListener('keydown', this.#dismiss);
  }
}

/** Moves `tip` sideways, if it must, so that it stays inside the viewport (with a small margin). */
function fitInViewport(tip: HTMLElement) {
  tip.style.translate = '';
  const { left, right } = tip.getBoundingClientRect();
  if (right > left)
    tip.style.translate = `${Math.max(Math.min(0, document.documentElement.clientWidth - 4 - right), 4 - left)}px`;
}
