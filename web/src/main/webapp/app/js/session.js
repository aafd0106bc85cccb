// The tokens of the signed-in consumer, kept in this browser only.
import {clear} from './db.js';

export const KEY = 'anliegen.session';

export function tokens() {
    const stored = localStorage.getItem(KEY);
    return stored ? JSON.parse(stored) : null;
}

export function signedIn() {
    return tokens() !== null;
}

export function keep(tokens) {
    const expires = Date.now() + (tokens.expiresIn ?? 0) * 1000;
    localStorage.setItem(KEY, JSON.stringify({access: tokens.accessToken, refresh: tokens.refreshToken, expires}));
    window.dispatchEvent(new CustomEvent('anliegen:tokens'));
}

export function forget() {
    localStorage.removeItem(KEY);
    localStorage.removeItem('anliegen.cursor');
    clear().catch(() => {});
}
