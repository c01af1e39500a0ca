/** A Lexical editor (plain text and history), bundled into an e2e test page. */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, createEditor } from 'lexical';
import { exposeEditor } from './page';

const editor = createEditor({ namespace: 'e2e', onError: (error) => console.error(error) });
editor.setRootElement(document.querySelector<HTMLElement>('#editor'));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 0);
exposeEditor('lexical', () => editor.getEditorState().read(() => $getRoot().getTextContent()));
