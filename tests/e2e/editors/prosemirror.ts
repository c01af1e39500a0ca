/** A ProseMirror editor (schema-basic, history, base keymap), bundled into an e2e test page. */
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { exposeEditor } from './page';

const view = new EditorView(document.querySelector('#editor')!, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
  }),
});
view.dom.setAttribute('aria-label', 'Post');
exposeEditor('prosemirror', () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n\n'));
