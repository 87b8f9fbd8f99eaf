// Worker-thread entry: parses the files it is sent with pyts, answering with parseForParity's result.
import { parentPort } from 'node:worker_threads';
import { parseForParity } from './pyts-parser.mjs';
import { readPythonSource } from './stdlib-corpus.mjs';

parentPort.on('message', ({ id, file }) => {
  const source = readPythonSource(file);
  const result = 'text' in source
    ? parseForParity(source.text, file)
    : { error: { type: 'SyntaxError', msg: source.error, lineno: source.lineno } };
  parentPort.postMessage({ id, result });
});
