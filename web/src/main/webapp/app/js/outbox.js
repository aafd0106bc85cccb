// Messages written without a connection wait here (IndexedDB, so they survive closing the app) and go out when the
// connection returns, each with the id it got when written: a retry never stores a message twice.
import {call, explain, Problem} from './api.js';
import {OUTBOX, transact as inStore} from './db.js';
import {t} from './i18n.js';

let flushing = null;
/**
 * The messages on their way, by clientMessageId: a flush leaves them to the call that is sending them (the one
 * written offline may still be on its way when the connection returns), so that a refusal is told once, not once for
 * each of two calls, which would put its words back into the field twice.
 */
const delivering = new Set();

const transact = (mode, work) => inStore(OUTBOX, mode, work);

export function pending(conversationId) {
    return transact('readonly', store => store.getAll())
        .then(all => all.filter(entry => entry.conversationId === conversationId)
            .sort((a, b) => a.writtenAt - b.writtenAt));
}

/**
 * Keeps the message, then tries to send it; answers the stored message, or null while it waits or once it was
 * refused for good (told as a flush tells it).
 */
export async function send(conversationId, clientMessageId, text, attachmentIds = []) {
    const entry = {conversationId, clientMessageId, text, attachmentIds, writtenAt: Date.now()};
    await transact('readwrite', store => store.put(entry));
    try {
        return await deliver(entry);
    } catch (error) {
        tellRefused([{entry, error}]);
        return null;
    }
}

/**
 * Sends whatever waits, oldest first, one at a time. Those refused for good are told together, for each request
 * once: the person learns how many, and gets all their words back.
 */
export function flush() {
    flushing ??= (async () => {
        const all = await transact('readonly', store => store.getAll());
        const refused = [];
        for (const entry of all.sort((a, b) => a.writtenAt - b.writtenAt)) {
            if (delivering.has(entry.clientMessageId)) {
                continue;
            }
            try {
                if (await deliver(entry) === null) {
                    break; // still no connection, or the server asks to come back later
                }
            } catch (error) {
                refused.push({entry, error}); // the next message may still go
            }
        }
        tellRefused(refused);
    })().finally(() => flushing = null);
    return flushing;
}

/** Tells which messages were refused for good: anliegen:refused, {conversationId, refused}, once for each request. */
function tellRefused(refused) {
    for (const conversationId of new Set(refused.map(({entry}) => entry.conversationId))) {
        window.dispatchEvent(new CustomEvent('anliegen:refused', {detail: {conversationId,
            refused: refused.filter(({entry}) => entry.conversationId === conversationId)}}));
    }
}

async function deliver(entry) {
    delivering.add(entry.clientMessageId);
    try {
        const sent = await call('POST', '/v1/conversations/' + entry.conversationId + '/messages',
            {clientMessageId: entry.clientMessageId, text: entry.text, attachmentIds: entry.attachmentIds || []});
        await forget(entry.clientMessageId);
        window.dispatchEvent(new CustomEvent('anliegen:sent', {detail: sent}));
        return sent;
    } catch (error) {
        if (error instanceof Problem && !isPassing(error)) {
            // refused for good (closed request, restricted account): not tried again; the caller says so
            await forget(entry.clientMessageId);
            throw error;
        }
        return null;
    } finally {
        delivering.delete(entry.clientMessageId);
    }
}

/**
 * A refusal that passes: the server is busy or its database away (503), too many requests (429), or the sign-in
 * could not be renewed just now (401; a sign-in that ended takes the outbox with it). The message waits and goes
 * again with the same id, which the server answers with the stored message if the first attempt did arrive.
 */
function isPassing(problem) {
    return problem.status >= 500 || problem.status === 429 || problem.status === 401;
}

/** Why these messages were refused, in the person's language: each reason once. */
export function whyRefused(refused) {
    return [...new Set(refused.map(({error}) => explain(error)))].join(' ');
}

/**
 * What to tell the person about waiting messages refused for good: how many, where there are several, their words
 * (the start of each) and why.
 */
export function refusalNotice(refused) {
    const words = refused.map(({entry}) => entry.text).filter(Boolean)
        .map(text => t('outbox.quoted', text.length > 100 ? text.substring(0, 100) + '…' : text)).join(', ');
    const why = whyRefused(refused);
    if (refused.length > 1) {
        return t('outbox.refusedSeveral', refused.length, words || t('outbox.noWords'), why);
    }
    return words ? t('outbox.refused', words, why) : why;
}

/** The words written before, then the words of these refused messages, a blank line between each. */
export function withRefusedWords(before, refused) {
    return [before, ...refused.map(({entry}) => entry.text)].filter(Boolean).join('\n\n');
}

function forget(clientMessageId) {
    return transact('readwrite', store => store.delete(clientMessageId));
}
