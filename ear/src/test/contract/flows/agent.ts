// An agent's tool, with nothing but the client generated from the agents' document: sign in, find the consumer's
// request in the inbox, read it with its file, answer, add an internal note.
//
//   node build/flows/agent.js SUBJECT
//
// SUBJECT is that of the request the consumer flow opened. Prints each step's time and, last, the id of the request
// it answered; exits 1 at the first step that does not answer as the document and the product promise.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as agents from '../ts/agents/index.js';
import { baseUrl, present, refusal, run, step } from './flow.js';

// the demo agent of the Stadtwerke (dev mode's demo data, README). Not signed in with a wrong password here: failed
// sign-ins count towards the account's limit, and the other tests of the same server sign in with it too
const EMAIL = 'agent@stadtwerke-musterstadt.example';
const PASSWORD = 'demo-agent-2026';
// NoteRequest's limit
const MOST_NOTE_CHARACTERS = 8_000;

const subject = process.argv[2];

await run('agent', async () => {
  assert.ok(subject, 'usage: node build/flows/agent.js SUBJECT');
  const staff = new agents.StaffApi(new agents.Configuration({ basePath: baseUrl() }));

  const signedIn = await step('signInStaff', () =>
    staff.signInStaff({ staffSignInRequest: { email: EMAIL, password: PASSWORD } }),
  );
  const conversations = new agents.ConversationsApi(
    new agents.Configuration({ basePath: baseUrl(), accessToken: present(signedIn.accessToken, 'access token') }),
  );

  const inbox = await step('listConversations', () => conversations.listConversations({ queue: 'all', q: subject }));
  const found = present(inbox.conversations, 'conversations');
  assert.equal(found.length, 1, `one request about ${subject}: ${JSON.stringify(found)}`);
  const request = found[0];
  assert.deepEqual([request.subject, request.company?.handle], [subject, 'stadtwerke-musterstadt']);
  const conversation = present(request.id, 'conversation id');

  const page = await step('listMessages', () => conversations.listMessages({ id: conversation }));
  const files = present(page.messages, 'messages').flatMap((message) => message.attachments ?? []);
  assert.deepEqual(
    files.map((file) => file.contentType),
    ['application/pdf'],
    'the PDF the consumer sent',
  );

  const answer = await step('sendMessage', () =>
    conversations.sendMessage({
      id: conversation,
      sendMessageRequest: { clientMessageId: randomUUID(), text: 'Danke, der Zählerstand ist erfasst.' },
    }),
  );
  assert.deepEqual([answer.conversationId, answer.author], [conversation, 'company']);

  const tooLong = await step('addNote longer than a note may be', () =>
    refusal(
      conversations.addNote({ id: conversation, noteRequest: { text: 'x'.repeat(MOST_NOTE_CHARACTERS + 1) } }),
      agents,
      400,
      '/problems/invalid',
    ),
  );
  assert.deepEqual(
    tooLong.errors?.map((error) => error.field),
    ['text'],
  );
  const note = await step('addNote', () =>
    conversations.addNote({ id: conversation, noteRequest: { text: 'Zählerstand übernommen.' } }),
  );
  assert.deepEqual([note.conversationId, note.text], [conversation, 'Zählerstand übernommen.']);
  return `answered conversation ${conversation}`;
});
