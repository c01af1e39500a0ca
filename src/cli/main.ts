// Entry of `npm run check`: wires the real process and the real analyzer into runCli. Logic lives in ./run.ts.
import { readFileSync } from 'node:fs';
import { analyze } from '../analyzer/index';
import { EXIT, runCli } from './run';

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// A closed pipe (`npm run check -- dir | head`) is the reader's choice, not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = runCli(
    {
      argv: process.argv.slice(2),
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      env: process.env,
      stdoutIsTTY: process.stdout.isTTY,
      version: packageVersion(),
    },
    analyze,
  );
} catch (error) {
  process.stderr.write(`middelmaat: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.inputError;
}
