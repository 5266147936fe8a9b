/**
 * Moves focus to the element with `id` once React has drawn the state just set (the field, or its
 * error beside it, may not be on the page yet); focusing also brings it into view.
 */
export const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
