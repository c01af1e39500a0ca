import { describe, expect, it } from 'vitest';
import { TextMapBuilder, locate, locateSpan, type TextMap } from '@/src/extension/text-map';

/** A stand-in for a DOM text node. */
interface FakeNode {
  data: string;
}

function build(blocks: (string | string[] | 'BR')[][]): { map: TextMap<FakeNode>; nodes: FakeNode[] } {
  const builder = new TextMapBuilder<FakeNode>();
  const nodes: FakeNode[] = [];
  for (const block of blocks) {
    builder.startBlock();
    for (const part of block) {
      if (part === 'BR') {
        builder.softBreak();
        continue;
      }
      const node = { data: Array.isArray(part) ? part.join('') : part };
      nodes.push(node);
      builder.addText(node, node.data);
    }
  }
  return { map: builder.build(), nodes };
}

/** What the mapped positions of a span point at in the fake nodes. */
function textAt(map: TextMap<FakeNode>, start: number, end: number): string {
  const span = locateSpan(map, { start, end });
  if (!span) return '<none>';
  if (span.start.node === span.end.node) return span.start.node.data.slice(span.start.offset, span.end.offset);
  return span.start.node.data.slice(span.start.offset) + '|' + span.end.node.data.slice(0, span.end.offset);
}

describe('TextMapBuilder', () => {
  it('joins blocks with a blank line and collapses whitespace inside a block', () => {
    const { map } = build([['  Slimmer   werken.\n  '], ['Sneller', ' groeien.'], []]);
    expect(map.text).toBe('Slimmer werken.\n\nSneller groeien.');
    expect(map.blocks.map((block) => map.text.slice(block.start, block.end))).toEqual(['Slimmer werken.', 'Sneller groeien.']);
  });

  it('drops blocks that hold only whitespace', () => {
    const { map } = build([['   '], ['Tekst.'], ['\n\t']]);
    expect(map.text).toBe('Tekst.');
  });

  it('turns a line break into one "\\n", as the CLI does, with the spaces around it gone', () => {
    expect(build([['Eén', 'BR', 'twee']]).map.text).toBe('Eén\ntwee');
    expect(build([['Eén ', 'BR', ' twee']]).map.text).toBe('Eén\ntwee');
    expect(build([['Eén', 'BR', 'BR', 'twee']]).map.text).toBe('Eén\ntwee');
  });

  it('ignores a line break at the edges of a block', () => {
    expect(build([['BR', 'Eén', 'BR'], ['twee']]).map.text).toBe('Eén\n\ntwee');
  });

  it('leaves out a block the policy refuses, and maps the blocks after it', () => {
    const builder = new TextMapBuilder<FakeNode>({ accept: (text) => !text.startsWith('©') });
    const nodes = ['Eerste.', '© 2021 Bakkerij', 'Derde.'].map((data) => ({ data }));
    for (const node of nodes) {
      builder.startBlock();
      builder.addText(node, node.data);
    }
    const map = builder.build();
    expect(map.text).toBe('Eerste.\n\nDerde.');
    expect(map.blocks).toHaveLength(2);
    const at = map.text.indexOf('Derde');
    expect(textAt(map, at, at + 5)).toBe('Derde');
  });

  it('keeps inline nodes glued when the source has no space between them', () => {
    expect(build([['naad', 'loos']]).map.text).toBe('naadloos');
  });

  it('keeps NBSP, emoji and curly apostrophes 1:1', () => {
    const { map } = build([['€\u00a01.299,- voor zo’n 🚀 tool']]);
    expect(map.text).toBe('€\u00a01.299,- voor zo’n 🚀 tool');
    const at = map.text.indexOf('zo’n');
    expect(textAt(map, at, at + 4)).toBe('zo’n');
  });
});

describe('locate', () => {
  it('maps a span inside one node back to the node offsets', () => {
    const { map } = build([['  Een naadloze ervaring.']]);
    const start = map.text.indexOf('naadloze');
    expect(textAt(map, start, start + 'naadloze'.length)).toBe('naadloze');
  });

  it('maps a span across two nodes', () => {
    const { map } = build([['Wij ontsluiten ', 'het volle potentieel', ' van uw team.']]);
    const start = map.text.indexOf('ontsluiten');
    const end = map.text.indexOf(' van');
    expect(textAt(map, start, end)).toBe('ontsluiten |het volle potentieel');
  });

  it('maps a span in the second block past the separator', () => {
    const { map } = build([['Eerste alinea.'], ['In de snel veranderende wereld van vandaag.']]);
    const start = map.text.indexOf('snel');
    expect(textAt(map, start, start + 'snel veranderende'.length)).toBe('snel veranderende');
  });

  it('snaps a span that starts on a separator to the next character and one that ends on it to the previous', () => {
    const { map } = build([['Een.'], ['Twee.']]);
    const separator = map.text.indexOf('\n');
    expect(textAt(map, separator, separator + 2 + 4)).toBe('Twee');
    expect(textAt(map, 0, separator + 1)).toBe('Een.');
  });

  it('returns null for an empty span or a span past the end', () => {
    const { map } = build([['Tekst.']]);
    expect(locateSpan(map, { start: 2, end: 2 })).toBeNull();
    expect(locate(map, 50, 'start')).toBeNull();
  });

  it('maps every character of a multi-block text back to the same character', () => {
    const { map } = build([['  a  b\n c '], ['d', 'BR', 'ef  '], ['  🚀 g']]);
    for (let index = 0; index < map.text.length; index++) {
      const char = map.text[index]!;
      if (/\s/.test(char)) continue;
      const position = locate(map, index, 'start')!;
      expect(position.node.data[position.offset]).toBe(char);
    }
  });
});

describe('pieces', () => {
  it('keeps a run of words separated by single spaces as one piece', () => {
    const { map } = build([['Een naadloze ervaring voor iedereen.']]);
    expect(map.blocks[0]!.pieces).toHaveLength(1);
  });

  it('splits pieces where whitespace collapsed, so every mapped character still maps to itself', () => {
    const { map } = build([['Een  naadloze\nervaring']]);
    expect(map.text).toBe('Een naadloze ervaring');
    expect(map.blocks[0]!.pieces.map((piece) => piece.length)).toEqual([3, 8, 8]);
  });
});
