// The last state of what the person has seen (the list of requests, each request with its messages), kept so that
// the app shows it without a connection, marked as such. Replaced by each fresh answer; gone on signing out.
import {SAVED, transact} from './db.js';
import {locale, t} from './i18n.js';
import {signedIn} from './session.js';

export function keep(key, value) {
    if (!signedIn()) {
        return Promise.resolve(); // an answer that arrives after signing out stays out of the browser
    }
    return transact(SAVED, 'readwrite', store => store.put({value, savedAt: Date.now()}, key)).catch(() => {});
}

/** What was kept under the key ({value, savedAt}), or undefined. */
export function read(key) {
    return transact(SAVED, 'readonly', store => store.get(key)).catch(() => undefined);
}

/** Said instead of an error when the app shows what it kept, because the server cannot be reached. */
export function since(savedAt) {
    return t('offline.saved', new Date(savedAt).toLocaleString(locale(), {dateStyle: 'short', timeStyle: 'short'}));
}
