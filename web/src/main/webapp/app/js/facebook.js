// Facebook sign-in without Facebook's script (the operator's choice: only when the server offers it), and without
// Facebook's token: the person goes to Facebook's login dialog and comes back to /app/ with a one-time code in the
// address's query. The app checks the state it sent, takes code and state out of the address at once and hands the
// code to the API with the PKCE verifier that only this tab knows; our server exchanges it with Facebook and keeps
// only Facebook's id for the person (ADR 10). The same round trip links Facebook to an account and confirms a deletion.
import {get, post, remove} from './api.js';
import {FACEBOOK, transact} from './db.js';
import * as session from './session.js';
import {tell} from './dom.js';
import {t} from './i18n.js';

const FORGET_AFTER_MS = 10 * 60 * 1000;
let dialog = null;

/** The server's answer whether it offers Facebook sign-in ({offered, appId, url, scope}), asked once. */
export function offer() {
    dialog ??= get('/v1/auth/facebook').catch(() => {
        dialog = null; // ask again next time: the server may just have been out of reach
        return {offered: false};
    });
    return dialog;
}

/** Sends the person to Facebook's dialog, for a purpose: 'signIn', 'link' or 'delete'. */
export async function go(purpose) {
    const {url, appId, scope} = await offer();
    const state = crypto.randomUUID();
    const codeVerifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const redirectUri = location.origin + '/app/';
    // kept by its state in the app's database, committed before the dialog opens (sessionStorage written just before
    // leaving for Facebook's site came back stale in Chromium: the answer then looked foreign); older ones go
    const now = Date.now();
    const kept = transact(FACEBOOK, 'readwrite', pending => {
        const all = pending.openCursor();
        all.onsuccess = () => {
            const cursor = all.result;
            if (cursor) {
                if (cursor.value.sentAt < now - FORGET_AFTER_MS) {
                    cursor.delete();
                }
                cursor.continue();
            }
        };
        return pending.put({purpose, codeVerifier, redirectUri, sentAt: now}, state);
    });
    if (!await kept.then(() => true, () => false)) {
        tell(() => t('facebook.noStorage'), true);
        return;
    }
    const address = new URL(url);
    address.search = new URLSearchParams({
        client_id: appId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope,
        state,
        code_challenge: base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier))),
        code_challenge_method: 'S256',
        // ask again for a permission declined before (the e-mail address); for a deletion, the password at Facebook
        auth_type: purpose === 'delete' ? 'reauthenticate' : 'rerequest',
    }).toString();
    location.assign(address.href);
}

/** Bytes in base64url without padding (RFC 7636). */
function base64url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes)))
        .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Facebook's answer, if the address holds one: taken out of the address and the history at once (a code must not
 * stay there) and checked against the dialogs this browser opened, by their state; each answers once. A token in the
 * fragment is no answer to this app, which never asks for one, but it leaves the address all the same. Null when the
 * address holds no answer.
 */
export async function takeAnswer() {
    const query = new URLSearchParams(location.search);
    const code = query.get('code');
    const error = query.get('error');
    const state = query.get('state');
    const token = new URLSearchParams(location.hash.substring(1)).has('access_token');
    if (!code && !error && !token) {
        return null;
    }
    history.replaceState(null, '', location.pathname);
    const sent = token || !state ? null : await transact(FACEBOOK, 'readwrite', pending => {
        const request = pending.get(state);
        pending.delete(state);
        return request;
    }).catch(() => null);
    const back = !sent || sent.purpose === 'signIn' ? '#/conversations' : '#/account';
    history.replaceState(null, '', location.pathname + back);
    if (!sent || Date.now() - sent.sentAt > FORGET_AFTER_MS) {
        return {purpose: 'signIn', failed: 'facebook.foreign'};
    }
    if (error) {
        return {purpose: sent.purpose, failed: error === 'access_denied' ? 'facebook.cancelled' : 'facebook.failed'};
    }
    return {purpose: sent.purpose, code: {code, codeVerifier: sent.codeVerifier, redirectUri: sent.redirectUri}};
}

/**
 * Does with the code what the person went to Facebook for; answers the key of the text to tell them (main.js tells it
 * in the language of the moment), or null.
 */
export async function finish(answer) {
    if (answer.failed) {
        return answer.failed;
    }
    if (answer.purpose === 'link') {
        await post('/v1/me/identities/facebook/code', answer.code);
        return 'facebook.linked';
    }
    if (answer.purpose === 'delete') {
        await remove('/v1/me', {facebook: answer.code});
        session.forget();
        return 'account.deleted';
    }
    const signedIn = await post('/v1/auth/facebook/code', answer.code);
    session.keep(signedIn.tokens);
    return signedIn.newConsumer ? 'facebook.registered' : null;
}
