// Checks an AsyncAPI document as a mobile team's tools read it: AsyncAPI's own parser (its schema and rules) finds no
// error, every message's examples fit its payload, and, given a file of frames a real socket exchanged, each frame is
// a message the document declares in its direction, and fits that message's payload schema.
//
//   node validate-asyncapi.mjs DOCUMENT [FRAMES]
//
// FRAMES is JSON: {"sent": [frames the server sent], "received": [frames the server accepted]}. A frame is declared
// when a message of that direction has the frame's `type` as its name. Prints every diagnostic and every mismatch,
// then the server's stream address and the types checked; exits 1 on any error.
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
// the parser's own JSON Schema validator, at the version package-lock.json pins
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const [documentFile, framesFile] = process.argv.slice(2);
if (!documentFile) {
  console.log('usage: node validate-asyncapi.mjs DOCUMENT [FRAMES]');
  process.exit(2);
}

const { document, diagnostics } = await new Parser().parse(readFileSync(documentFile, 'utf8'));
for (const diagnostic of diagnostics) {
  console.log(`${DiagnosticSeverity[diagnostic.severity]} ${diagnostic.code} at ${diagnostic.path.join('.')}: `
      + diagnostic.message);
}
const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
if (!document || errors > 0) {
  console.log(`${errors} errors: the document is not valid AsyncAPI`);
  process.exit(1);
}

// payloads carry the parser's x-parser-* keywords; int64 is OpenAPI's and AsyncAPI's name for a whole number
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });

const mismatches = [];
const declared = { sent: new Map(), received: new Map() };
for (const operation of document.operations().all()) {
  const own = operation.isSend() ? 'sent' : 'received';
  declare(own, operation.messages().all());
  // the reply to a frame the server receives is one it sends, and the other way round
  declare(own === 'sent' ? 'received' : 'sent', operation.reply()?.messages().all() ?? []);
}

for (const message of document.allMessages().all()) {
  const validate = ajv.compile(message.payload().json());
  for (const example of message.examples().all()) {
    if (!validate(example.payload())) {
      mismatches.push(`example ${example.name()} of message ${message.id()}: ${describe(validate.errors)}`);
    }
  }
}

const checked = { sent: new Set(), received: new Set() };
const frames = framesFile ? JSON.parse(readFileSync(framesFile, 'utf8')) : { sent: [], received: [] };
for (const direction of ['sent', 'received']) {
  for (const frame of frames[direction] ?? []) {
    const candidates = declared[direction].get(frame.type) ?? [];
    if (candidates.length === 0) {
      mismatches.push(`a frame the server ${direction} is of no declared type: ${JSON.stringify(frame)}`);
      continue;
    }
    const failures = candidates.filter((candidate) => !candidate.validate(frame));
    if (failures.length === candidates.length) {
      mismatches.push(`a frame the server ${direction} does not fit message ${failures[0].id}: `
          + `${describe(failures[0].validate.errors)} in ${JSON.stringify(frame)}`);
    }
    checked[direction].add(frame.type);
  }
}

for (const server of document.servers().all()) {
  for (const channel of server.channels().all()) {
    console.log(`stream: ${server.url()}${channel.address()}`);
  }
}
console.log(`frames the server sent, types checked: ${[...checked.sent].sort().join(' ')}`);
console.log(`frames the server received, types checked: ${[...checked.received].sort().join(' ')}`);
mismatches.forEach((mismatch) => console.log(`MISMATCH ${mismatch}`));
process.exit(mismatches.length > 0 ? 1 : 0);

function declare(direction, messages) {
  for (const message of messages) {
    const byType = declared[direction];
    const validate = ajv.compile(message.payload().json());
    byType.set(message.name(), [...(byType.get(message.name()) ?? []), { id: message.id(), validate }]);
  }
}

function describe(errors) {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');
}
