// The tokens of the signed-in consumer, kept in this browser only.
import {clear} from './db.js';

export const KEY = 'anliegen.session';
/** The registration waiting for its SMS code in this tab (views/welcome.js). */
export const REGISTRATION = 'anliegen.registration';
/** The start of the keys of the words written in a request and not sent yet, in this tab (views/conversation.js). */
export const DRAFTS = 'anliegen.draft.';

export function tokens() {
    const stored = localStorage.getItem(KEY);
    return stored ? JSON.parse(stored) : null;
}

export function signedIn() {
    return tokens() !== null;
}

/** The words and files not sent yet, of this tab: they are the signed-out person's, not the next one's. */
export function forgetDrafts() {
    Object.keys(sessionStorage).filter(key => key.startsWith(DRAFTS)).forEach(key => sessionStorage.removeItem(key));
}

export function keep(tokens) {
    const expires = Date.now() + (tokens.expiresIn ?? 0) * 1000;
    localStorage.setItem(KEY, JSON.stringify({access: tokens.accessToken, refresh: tokens.refreshToken, expires}));
    // signed in, however: a registration that waited for its code in this tab is done with
    sessionStorage.removeItem(REGISTRATION);
    window.dispatchEvent(new CustomEvent('anliegen:tokens'));
}

export function forget() {
    localStorage.removeItem(KEY);
    forgetDrafts();
    localStorage.removeItem('anliegen.cursor');
    clear().catch(() => {});
}
