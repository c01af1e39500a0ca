import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The text under a `## heading` of a listing file, up to the next heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const body = markdown.slice(start + heading.length + 5);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe.each([
  ['en', 'Short description', 'Long description', 'What it never does', 'Permissions, one by one'],
  ['nl', 'Korte beschrijving', 'Lange beschrijving', 'Wat het nooit doet', 'Machtigingen, een voor een'],
])('store listing %s', (locale, short, long, never, permissions) => {
  const listing = readFileSync(`src/store/listing.${locale}.md`, 'utf8');
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

  it('passes: the short description is the manifest description from _locales', () => {
    expect(section(listing, short)).toBe(messages.extDescription.message);
  });

  it('passes: has a long description, the never-does list and the permission list', () => {
    for (const heading of [long, never, permissions]) expect(section(listing, heading), heading).not.toBe('');
  });
});
