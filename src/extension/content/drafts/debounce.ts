/**
 * Quiet time after the last keystroke before a draft is analysed: short enough that the badge follows
 * a pause in typing within the 300 ms, long enough that a word typed in one go is one request.
 * Its own module so `npm run bench` can quote it without loading the content script.
 */
export const DRAFT_DEBOUNCE_MS = 200;
