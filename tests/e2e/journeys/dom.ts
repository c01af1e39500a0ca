/**
 * Reading and using a page through any driver: CSS selectors that also reach into open shadow
 * roots (the extension's cards live in one), as Playwright's locators do. Each helper is one
 * round trip that runs a self-contained function in the page.
 */
import type { DriverPage } from '../drivers/driver';

/** What `query` can report about the elements matching a selector. */
type QueryOp = 'count' | 'texts' | 'attrs' | 'visible' | 'point';

interface QueryArg {
  selector: string;
  op: QueryOp;
  index: number;
  name: string;
}

/**
 * Runs in the page: finds the selector's matches in the document and in every open shadow root,
 * in document order per root, and reports on them.
 */
function query({ selector, op, index, name }: QueryArg): unknown {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  const matches = roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const isVisible = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  switch (op) {
    case 'count':
      return matches.length;
    case 'texts':
      return matches.map((element) => element.textContent ?? '');
    case 'attrs':
      return matches.map((element) => element.getAttribute(name));
    case 'visible': {
      const element = matches[index];
      return element !== undefined && isVisible(element);
    }
    case 'point': {
      // Into view, then the middle of its first box: where a user's click lands.
      const element = matches[index];
      if (!element || !isVisible(element)) return null;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width, height: rect.height, left: rect.left, top: rect.top };
    }
  }
}

function run<R>(page: DriverPage, selector: string, op: QueryOp, index = 0, name = ''): Promise<R> {
  return page.evaluate(query, { selector, op, index, name }) as Promise<R>;
}

/** How many elements match. */
export function count(page: DriverPage, selector: string): Promise<number> {
  return run(page, selector, 'count');
}

/** Text content of every match. */
export function texts(page: DriverPage, selector: string): Promise<string[]> {
  return run(page, selector, 'texts');
}

/** Text content of the `index`th match, or null when there is none. */
export async function text(page: DriverPage, selector: string, index = 0): Promise<string | null> {
  return (await texts(page, selector))[index] ?? null;
}

/** An attribute of every match. */
export function attrs(page: DriverPage, selector: string, name: string): Promise<Array<string | null>> {
  return run(page, selector, 'attrs', 0, name);
}

/** An attribute of the `index`th match (null when absent, or no such match). */
export async function attr(page: DriverPage, selector: string, name: string, index = 0): Promise<string | null> {
  return (await attrs(page, selector, name))[index] ?? null;
}

/** Whether the `index`th match exists and is rendered with a size. */
export function visible(page: DriverPage, selector: string, index = 0): Promise<boolean> {
  return run(page, selector, 'visible', index);
}

/** Waits until a selector matches (`attached`) or no longer does (`detached`). */
export async function waitFor(page: DriverPage, selector: string, timeout: number, state: 'attached' | 'detached' = 'attached'): Promise<void> {
  await page
    .waitForFunction(
      ({ target, attached }) => {
        // The same search as `query`, repeated here because a polled function travels alone.
        const roots: Array<Document | ShadowRoot> = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const element of roots[i]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
        }
        return roots.some((root) => root.querySelector(target) !== null) === attached;
      },
      { target: selector, attached: state === 'attached' },
      timeout,
    )
    .catch((error: unknown) => {
      throw new Error(`${selector} still ${state === 'attached' ? 'missing' : 'present'}: ${String(error)}`);
    });
}

/** The box of the `index`th match after scrolling it into view; throws when it is not shown. */
export async function box(page: DriverPage, selector: string, index = 0): Promise<{ x: number; y: number; width: number; height: number; left: number; top: number }> {
  const point = await run<{ x: number; y: number; width: number; height: number; left: number; top: number } | null>(page, selector, 'point', index);
  if (!point) throw new Error(`no visible ${selector} #${index}`);
  return point;
}

/** A real mouse click in the middle of the `index`th match. */
export async function click(page: DriverPage, selector: string, index = 0): Promise<void> {
  const { x, y } = await box(page, selector, index);
  await page.click(x, y);
}

/** A real click on the button whose text is `name` (as a role-and-name locator would find it). */
export async function clickButton(page: DriverPage, name: string): Promise<void> {
  const names = (await texts(page, 'button')).map((label) => label.trim());
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no button "${name}" among ${JSON.stringify(names)}`);
  await click(page, 'button', index);
}

/** Chooses an option of a <select>, as a user's choice does: the value changes, then input and change fire. */
export async function selectOption(page: DriverPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector: target, value: chosen }) => {
      const select = document.querySelector<HTMLSelectElement>(target);
      if (!select) throw new Error(`no ${target}`);
      select.focus();
      select.value = chosen;
      if (select.value !== chosen) throw new Error(`${target} has no option ${chosen}`);
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

/** Saves a screenshot of one element. */
export async function screenshotElement(page: DriverPage, selector: string, path: string): Promise<void> {
  const { left, top, width, height } = await box(page, selector);
  await page.screenshot(path, { x: Math.max(0, left), y: Math.max(0, top), width: Math.ceil(width), height: Math.ceil(height) });
}
