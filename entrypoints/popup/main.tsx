import { render } from 'preact';
render(<main>Middelmaat</main>, document.getElementById('app')!);
