/** A Draft.js editor (the kind LinkedIn uses) in React 18, bundled into an e2e test page. */
import { Editor, EditorState } from 'draft-js';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeEditor } from './page';

let current = EditorState.createEmpty();

function DraftEditor() {
  const [state, setState] = useState(current);
  return createElement(Editor, {
    editorState: state,
    ariaLabel: 'Post',
    onChange: (next: EditorState) => {
      current = next;
      setState(next);
    },
  });
}

// The host is the element Draft.js renders into; its contenteditable is inside.
createRoot(document.querySelector('#editor')!).render(createElement(DraftEditor));
exposeEditor('draft', () => current.getCurrentContent().getPlainText('\n'));
