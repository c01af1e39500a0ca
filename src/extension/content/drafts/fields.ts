/**
 * Which fields a draft check may watch, and how a field is recognised again on a later visit. Single-
 * line inputs hold too little to judge; fields that hold secrets, codes or addresses, and fields the
 * page or the user opted out, are never touched.
 */
import { HOST_TAG } from '../overlay';

/** A field Middelmaat can check: a `<textarea>` or the host element of a `contenteditable` region. */
export type DraftField = HTMLTextAreaElement | HTMLElement;

/** `autocomplete` tokens of fields whose contents are payment details, codes or passwords. */
const PRIVATE_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|current-password|new-password)(\s|$)/i;

/** Elements that are never an editing host's text (their text is no prose). */
const OPT_OUT = '[data-middelmaat="off"], [data-gramm="false"], [data-gramm_editor="false"]';

/** The editable element a node belongs to: a textarea, the topmost `contenteditable` element, or null. */
export function editableHostOf(node: Node | null): HTMLElement | null {
  let element: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  if (element instanceof HTMLTextAreaElement) return element;
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return null;
  let host: HTMLElement = element;
  while (host.parentElement instanceof HTMLElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

/** Whether an element is a field Middelmaat may check (see the module comment for what is left alone). */
export function isCheckableField(element: Element | null): element is DraftField {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if (element.closest(HOST_TAG) || element.closest(OPT_OUT)) return false;
  if (element instanceof HTMLTextAreaElement) {
    if (element.disabled || element.readOnly) return false;
    return !PRIVATE_AUTOCOMPLETE.test(element.getAttribute('autocomplete') ?? '');
  }
  if (element instanceof HTMLInputElement) return false;
  if (!element.isContentEditable) return false;
  // A contenteditable marked as a single-line textbox is an input in all but name.
  if (element.getAttribute('aria-multiline') === 'false') return false;
  return !PRIVATE_AUTOCOMPLETE.test(element.getAttribute('autocomplete') ?? '');
}

/** The checkable field an event or a node is in, or null. */
export function checkableFieldOf(node: Node | null): DraftField | null {
  const host = editableHostOf(node);
  return isCheckableField(host) ? host : null;
}

/** An element's place among its parent's children of the same tag, as `tag:n` (from 1). */
function step(element: Element): string {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === element.localName) index++;
  }
  return `${element.localName}:${index}`;
}

/**
 * A key that finds a field again on a later visit of the same page layout: its own names (id, name,
 * aria-label) and its path from the root of its tree. Holds no text the user wrote.
 */
export function fieldKey(field: Element): string {
  const path: string[] = [];
  for (let element: Element | null = field; element && element !== document.documentElement; element = element.parentElement) {
    path.unshift(step(element));
  }
  const names = [
    field.id ? `#${field.id}` : '',
    field.getAttribute('name') ?? '',
    field.getAttribute('aria-label') ?? '',
  ];
  return `${location.pathname}|${names.join('|')}|${path.join('>')}`;
}
