// A consumer's whole way through the app, with nothing but the clients generated from the consumers' document (and,
// for the code the SMS would have carried, the developers'): register, verify, read the profile, find and connect a
// company, open a request with a file, send, repeat a send, page, mark read, export, sign out.
//
//   node build/flows/consumer.js SUBJECT
//
// SUBJECT is the request's subject, by which the agent flow finds it. Prints each step's time and, last, the id of the
// request it opened; exits 1 at the first step that does not answer as the document and the product promise.
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import * as consumer from '../ts/consumer/index.js';
import * as dev from '../ts/dev/index.js';
import { baseUrl, present, refusal, run, step } from './flow.js';

const STADTWERKE = 'stadtwerke-musterstadt';
// the service reads a file's type from its first bytes: this is all a PDF needs to be taken for one
const PDF = new TextEncoder().encode('%PDF-1.4\n% Zählerstand 4711\n%%EOF\n');

const subject = process.argv[2];

await run('consumer', async () => {
  assert.ok(subject, 'usage: node build/flows/consumer.js SUBJECT');
  const registrations = new consumer.RegistrationApi(new consumer.Configuration({ basePath: baseUrl() }));
  const mobileNumber = '+49151' + String(randomInt(100_000_000)).padStart(8, '0');

  const registration = await step('startRegistration', () =>
    registrations.startRegistration({
      registrationRequest: { firstName: 'Tess', lastName: 'Skript', mobileNumber },
    }),
  );
  assert.equal(registration.mobileNumber, mobileNumber);
  const registrationId = present(registration.id, 'registration id');
  const code = await step('the code from the dev outbox', () => codeSentTo(mobileNumber));
  await step('verifyRegistration with a wrong code', () =>
    refusal(
      registrations.verifyRegistration({ id: registrationId, verificationRequest: { code: otherThan(code) } }),
      consumer,
      400,
      '/problems/wrong-code',
    ),
  );
  const signedIn = await step('verifyRegistration', () =>
    registrations.verifyRegistration({ id: registrationId, verificationRequest: { code } }),
  );
  assert.equal(signedIn.newConsumer, true);

  const session = new consumer.Configuration({
    basePath: baseUrl(),
    accessToken: present(signedIn.tokens?.accessToken, 'access token'),
  });
  const profile = new consumer.ProfileApi(session);
  const companies = new consumer.CompaniesApi(session);
  const conversations = new consumer.ConversationsApi(session);

  const me = await step('getMe', () => profile.getMe());
  assert.deepEqual([me.id, me.firstName, me.mobileNumber], [signedIn.consumer?.id, 'Tess', mobileNumber]);

  const found = await step('searchCompanies', () => companies.searchCompanies({ q: 'Stadtwerke' }));
  const stadtwerke = present(found.companies, 'companies').find((company) => company.handle === STADTWERKE);
  assert.ok(stadtwerke, `the demo Stadtwerke among ${JSON.stringify(found.companies)}`);
  await step('connectCompany to a company that does not exist', () =>
    refusal(companies.connectCompany({ handle: 'keine-solche-firma' }), consumer, 404, '/problems/not-found'),
  );
  const connection = await step('connectCompany', () => companies.connectCompany({ handle: STADTWERKE }));
  assert.equal(connection.company?.id, stadtwerke.id);

  const opened = await step('openConversation', () =>
    conversations.openConversation({
      openConversationRequest: {
        company: STADTWERKE,
        subject,
        text: 'Guten Tag, mein Zählerstand folgt.',
        requestId: randomUUID(),
      },
    }),
  );
  assert.equal(opened.subject, subject);
  const conversation = present(opened.id, 'conversation id');
  const upload = { id: conversation, name: 'zaehlerstand.pdf', body: new Blob([PDF], { type: 'application/pdf' }) };
  // the generated client sends the first type the document lists, application/octet-stream: the service judges the
  // file by its bytes, and names the PDF it found
  const attachment = await step('uploadAttachment', () => conversations.uploadAttachment(upload));
  assert.deepEqual([attachment.contentType, attachment.size], ['application/pdf', PDF.length]);

  const clientMessageId = randomUUID();
  const message = {
    id: conversation,
    sendMessageRequest: {
      clientMessageId,
      text: 'Der Zählerstand als PDF',
      attachmentIds: [present(attachment.id, 'attachment id')],
    },
  };
  const created = await step('sendMessage', () => conversations.sendMessageRaw(message));
  assert.equal(created.raw.status, 201);
  const sent = await created.value();
  assert.deepEqual(
    [sent.clientMessageId, sent.attachments?.map((file) => file.id)],
    [clientMessageId, [attachment.id]],
  );
  // a repetition after a timeout: the same clientMessageId answers 200 with the message stored the first time
  const repeated = await step('sendMessage again with the same clientMessageId', () =>
    conversations.sendMessageRaw(message),
  );
  assert.equal(repeated.raw.status, 200);
  assert.deepEqual(await repeated.value(), sent);

  const first = await step('listMessages, first page', () =>
    conversations.listMessages({ id: conversation, after: 0, limit: 1 }),
  );
  assert.deepEqual([first.messages?.length, first.more], [1, true]);
  const second = await step('listMessages, next page', () =>
    conversations.listMessages({ id: conversation, after: present(first.next, 'next'), limit: 50 }),
  );
  assert.deepEqual(
    second.messages?.map((paged) => paged.id),
    [sent.id],
    'the page after the first message holds the sent message once',
  );
  assert.equal(second.more, false);

  const read = await step('markRead', () =>
    conversations.markRead({ id: conversation, markerRequest: { upTo: present(sent.seq, 'seq') } }),
  );
  assert.equal(read.unread, 0);

  const exported = await step('exportMyData', () => profile.exportMyData({}));
  const zip = new Uint8Array(await exported.arrayBuffer());
  assert.equal(new TextDecoder().decode(zip.subarray(0, 2)), 'PK', 'the export is a ZIP');

  await step('signOut', () => new consumer.SessionsApi(session).signOut());
  await step('getMe after signing out', () =>
    refusal(profile.getMe(), consumer, 401, '/problems/invalid-token'),
  );
  return `opened conversation ${conversation}`;
});

/** The code in the newest SMS to this number, from the dev outbox: what the consumer reads on the phone. */
async function codeSentTo(mobileNumber: string): Promise<string> {
  const outbox = new dev.DevelopmentApi(new dev.Configuration({ basePath: baseUrl() }));
  const sms = (await outbox.listDevOutbox({ limit: 200 })).find(
    (entry) => entry.channel === 'SMS' && entry.recipient === mobileNumber,
  );
  const code = sms?.body?.match(/\b\d{6}\b/)?.[0];
  assert.ok(code, `an SMS with a code to ${mobileNumber}: ${JSON.stringify(sms)}`);
  return code;
}

/** Six digits that are not the code. */
function otherThan(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}
