// Messages written without a connection wait here (IndexedDB, so they survive closing the app) and go out when the
// connection returns, each with the id it got when written: a retry never stores a message twice.
import {call, Problem} from './api.js';
import {OUTBOX, transact as inStore} from './db.js';
import {t} from './i18n.js';

let flushing = null;

const transact = (mode, work) => inStore(OUTBOX, mode, work);

export function pending(conversationId) {
    return transact('readonly', store => store.getAll())
        .then(all => all.filter(entry => entry.conversationId === conversationId)
            .sort((a, b) => a.writtenAt - b.writtenAt));
}

/** Keeps the message, then tries to send it; answers the stored message, or null while it waits. */
export async function send(conversationId, clientMessageId, text, attachmentIds = []) {
    const entry = {conversationId, clientMessageId, text, attachmentIds, writtenAt: Date.now()};
    await transact('readwrite', store => store.put(entry));
    return deliver(entry);
}

/** Sends whatever waits, oldest first, one at a time. */
export function flush() {
    flushing ??= (async () => {
        const all = await transact('readonly', store => store.getAll());
        for (const entry of all.sort((a, b) => a.writtenAt - b.writtenAt)) {
            try {
                if (await deliver(entry) === null) {
                    break; // still no connection, or the server asks to come back later
                }
            } catch (refused) {
                // said by deliver(); the next message may still go
            }
        }
    })().finally(() => flushing = null);
    return flushing;
}

async function deliver(entry) {
    try {
        const sent = await call('POST', '/v1/conversations/' + entry.conversationId + '/messages',
            {clientMessageId: entry.clientMessageId, text: entry.text, attachmentIds: entry.attachmentIds || []});
        await forget(entry.clientMessageId);
        window.dispatchEvent(new CustomEvent('anliegen:sent', {detail: sent}));
        return sent;
    } catch (error) {
        if (error instanceof Problem && !isPassing(error)) {
            // refused for good (closed request, restricted account): say so, do not try again
            await forget(entry.clientMessageId);
            window.dispatchEvent(new CustomEvent('anliegen:refused', {detail: {entry, error}}));
            throw error;
        }
        return null;
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

/** What to tell the person about a waiting message refused for good: its words (the start of them) and why. */
export function refusalNotice(entry, why) {
    const words = entry.text.length > 100 ? entry.text.substring(0, 100) + '…' : entry.text;
    return words ? t('outbox.refused', words, why) : why;
}

function forget(clientMessageId) {
    return transact('readwrite', store => store.delete(clientMessageId));
}
