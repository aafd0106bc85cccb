// The tokens of the signed-in consumer, kept in this browser only.
import {clear} from './db.js';

const KEY = 'anliegen.session';

export function tokens() {
    const stored = localStorage.getItem(KEY);
    return stored ? JSON.parse(stored) : null;
}

export function signedIn() {
    return tokens() !== null;
}

export function keep(tokens) {
    localStorage.setItem(KEY, JSON.stringify({access: tokens.accessToken, refresh: tokens.refreshToken}));
}

export function forget() {
    localStorage.removeItem(KEY);
    localStorage.removeItem('anliegen.cursor');
    clear().catch(() => {});
}
