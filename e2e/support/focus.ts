import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Facet = 'id' | 'className' | 'textContent';

/** One facet of the focused element ('' when nothing is focused). */
export const focused = (page: Page, facet: Facet = 'id') =>
  page.evaluate((f) => String(document.activeElement?.[f] ?? ''), facet);

/**
 * Waits until the focused element's facet is as expected. The app moves focus after React has
 * drawn the next state (an effect, sometimes a timer), so a read right after a click can land
 * a frame early on a loaded machine.
 */
export const expectFocus = (page: Page, expected: string, facet: Facet = 'id') =>
  expect.poll(() => focused(page, facet), { timeout: 5000 }).toBe(expected);

/** As expectFocus, for a facet that only has to contain the text (class lists, long labels). */
export const expectFocusContaining = (page: Page, part: string, facet: Facet = 'className') =>
  expect.poll(() => focused(page, facet), { timeout: 5000 }).toContain(part);
