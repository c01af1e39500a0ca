import { describe, expect, it } from 'vitest';
import { paragraphWindows, WINDOW_WORDS } from '../../src/tools/windows';

const paragraph = (words: number, word = 'woord') => `${Array.from({ length: words }, () => word).join(' ')}.`;

describe('paragraphWindows', () => {
  it('cuts a text into runs of whole paragraphs of 30–90 words', () => {
    const text = [12, 25, 40, 8, 60, 33, 20, 15].map((words) => paragraph(words)).join('\n\n');
    const windows = paragraphWindows(text);
    expect(windows.length).toBeGreaterThan(2);
    for (const window of windows) {
      expect(window.words).toBeGreaterThanOrEqual(WINDOW_WORDS.min);
      expect(window.words).toBeLessThanOrEqual(WINDOW_WORDS.max);
      // Whole paragraphs only: every paragraph of a window is one of the text's paragraphs.
      for (const part of window.text.split('\n\n')) expect(text.split('\n\n')).toContain(part);
    }
  });
  it('skips a paragraph that alone is longer than 90 words', () => {
    expect(paragraphWindows(paragraph(120))).toEqual([]);
  });
  it('gives nothing for a text under 30 words', () => {
    expect(paragraphWindows(`${paragraph(10)}\n\n${paragraph(10)}`)).toEqual([]);
  });
  it('aims at different lengths in turn', () => {
    const text = Array.from({ length: 40 }, () => paragraph(15)).join('\n\n');
    const lengths = new Set(paragraphWindows(text).map((window) => window.words));
    expect(lengths.size).toBeGreaterThan(2);
  });
});
