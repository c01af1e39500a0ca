import { SourceTextBuilder, type SourceText } from './source-text';

/** What happens to one code unit of the Markdown source. */
const enum Action {
  Keep = 0,
  Drop = 1,
  Space = 2,
}

/**
 * The prose of a Markdown document: syntax (heading marks, list bullets, emphasis, link targets,
 * code, front matter, HTML tags, tables) is left out, the words stay where the writer put them,
 * and every code unit maps back to its place in the file. Line breaks are kept, so paragraphs stay
 * paragraphs. A pragmatic approximation of CommonMark, not a full parser: it errs on keeping text.
 */
export function extractMarkdownText(markdown: string): SourceText {
  const actions = new Uint8Array(markdown.length);
  const mark = (start: number, end: number, action: Action): void => {
    for (let index = start; index < end; index += 1) {
      // Line breaks always survive, so a dropped block never glues two paragraphs together.
      // The first rule to claim a code unit wins: code blocks are claimed before inline syntax.
      const code = markdown.charCodeAt(index);
      if (code !== 10 && code !== 13 && actions[index] === Action.Keep) actions[index] = action;
    }
  };
  const markAll = (pattern: RegExp, action: Action): void => {
    for (const match of markdown.matchAll(pattern)) mark(match.index, match.index + match[0].length, action);
  };
  const markGroups = (pattern: RegExp, groups: ReadonlyArray<[number, Action]>): void => {
    for (const match of markdown.matchAll(pattern)) {
      // `d` flag: indices of each group inside the match.
      const indices = match.indices;
      if (!indices) continue;
      for (const [group, action] of groups) {
        const range = indices[group];
        if (range) mark(range[0], range[1], action);
      }
    }
  };

  // Blocks that are not prose at all.
  markAll(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/g, Action.Drop); // front matter: no `m` flag, so only at the very start
  markAll(/^ {0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$(?![\s\S]))/gm, Action.Drop);
  markAll(/<!--[\s\S]*?(?:-->|$)/g, Action.Drop); // an unclosed comment runs to the end, as in browsers
  markAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, Action.Drop); // link reference definitions
  markAll(/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, Action.Drop); // thematic breaks
  markAll(/^ {0,3}(=+|-+)[ \t]*$/gm, Action.Drop); // setext underlines
  markAll(/^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/gm, Action.Drop); // table separator rows

  // Line starts: headings, quotes, list bullets, task boxes.
  markGroups(/^( {0,3}(?:>[ \t]?)*)(#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/dgm, [
    [1, Action.Drop],
    [2, Action.Drop],
  ]);
  for (const heading of markdown.matchAll(/^ {0,3}#{1,6}[ \t][^\n]*/gm)) {
    // Closing hashes of an ATX heading ("## Title ##"), found from the end without a backtracking regex.
    const line = heading[0].replace(/\r$/, '');
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
    let hashes = end;
    while (hashes > 0 && line[hashes - 1] === '#') hashes -= 1;
    if (hashes < end && hashes > 0 && (line[hashes - 1] === ' ' || line[hashes - 1] === '\t')) {
      mark(heading.index + hashes - 1, heading.index + line.length, Action.Drop);
    }
  }

  // Inline syntax.
  markAll(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, Action.Drop); // code spans, on one line; runs cannot backtrack
  markAll(/!\[[^[\]\n]*\]\([^()\n]*\)/g, Action.Drop); // images
  markGroups(/(\[)[^[\]\n]+(\]\([^()\n]*\)|\]\[[^[\]\n]*\])/dg, [
    [1, Action.Drop],
    [2, Action.Drop],
  ]); // links keep their text
  markAll(/<(?:https?|mailto):[^<>\s]*>/g, Action.Drop); // autolinks
  markAll(/\bhttps?:\/\/[^\s<>()]*[^\s<>().,;:!?'"]/g, Action.Drop); // bare URLs: not prose, and their dots are not sentence ends
  markAll(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, Action.Drop); // inline HTML tags
  markAll(/(?<![\p{L}\p{N}\\])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\p{L}\p{N}])/gu, Action.Drop); // emphasis
  markAll(/\\(?=[!-/:-@[-`{-~])/g, Action.Drop); // backslash escapes
  markAll(/(?<![ \t])[ \t]*\|[ \t]*/g, Action.Space); // table cell borders; the lookbehind tries each run of spaces once

  const builder = new SourceTextBuilder(markdown.length);
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart >= 0) builder.appendVerbatim(markdown.slice(runStart, end), runStart);
    runStart = -1;
  };
  for (let index = 0; index < markdown.length; index += 1) {
    const action = actions[index];
    if (action === Action.Keep) {
      if (runStart < 0) runStart = index;
      continue;
    }
    flush(index);
    if (action === Action.Space && builder.lastChar() !== ' ') builder.appendReplacement(' ', index, index + 1);
  }
  flush(markdown.length);
  return builder.build();
}
