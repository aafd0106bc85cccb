// The public API, as any native app uses it: JSON, bearer tokens, RFC 9457 problem details.
import * as session from './session.js';
import {locale, t, translation} from './i18n.js';

export class Problem extends Error {
    /** retryAfter: the answer's Retry-After header, if it had one. */
    constructor(status, body, retryAfter = null) {
        super(body.detail || body.title || String(status));
        this.status = status;
        this.type = body.type || '';
        this.title = body.title || '';
        this.errors = body.errors || [];
        this.retryAfter = secondsOf(retryAfter); // how long the server asks to wait, in seconds; null if it did not say
    }
}

/** Retry-After in seconds: the header gives them, or the moment (an HTTP date); null without a header. */
function secondsOf(header) {
    if (!header) {
        return null;
    }
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    return Number.isNaN(seconds) ? null : Math.max(0, Math.ceil(seconds));
}

/**
 * What to tell the person about a failed call, in their language: the app's words for the kinds of problem it knows,
 * else its words for the HTTP status; or that the server cannot be reached. Never the API's own explanation: it is
 * written in English for developers.
 */
export function explain(error) {
    if (!(error instanceof Problem)) {
        return t('error.offline');
    }
    if (error.status === 429 && error.retryAfter !== null) {
        return t('problem.too-many-requests.wait', duration(error.retryAfter));
    }
    const kind = error.type.replace('/problems/', '');
    const own = kind === 'invalid' ? invalidFields(error.errors) : translation('problem.' + kind);
    return own ?? translation('error.status.' + error.status) ?? t(error.status >= 500 ? 'error.server' : 'error.generic');
}

/**
 * Why a code sent by SMS can no longer be confirmed, or null if it still can: it was used, burnt by wrong codes, or is
 * unknown (deleted once expired). Only a new code helps then.
 */
export function whySpent(error) {
    if (!(error instanceof Problem) || (error.status !== 404 && error.status !== 410)) {
        return null;
    }
    return error.status === 404 ? t('code.unknown') : explain(error);
}

/** "58 Sekunden", "5 minutes": seconds up to two minutes, then whole minutes. */
function duration(seconds) {
    const [amount, unit] = seconds < 120 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
    return new Intl.NumberFormat(locale(), {style: 'unit', unit, unitDisplay: 'long'}).format(amount);
}

/** "Please check: first name, mobile number." where the app has words for the fields; else null. */
function invalidFields(errors) {
    const fields = new Set(errors.map(wrong => wrong.field.split('.').pop())
        .map(field => translation('field.' + field) ?? field));
    return fields.size ? translation('problem.invalid', [...fields].join(', ')) : null;
}

export async function call(method, path, body, retried = false) {
    const tokens = session.tokens();
    const headers = {'Accept': 'application/json'};
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (tokens) {
        headers['Authorization'] = 'Bearer ' + tokens.access;
    }
    const response = await fetch('/api' + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
    });
    if (response.status === 401 && tokens && !retried
            && await renewedSince(tokens)) {
        return call(method, path, body, true);
    }
    if (response.status === 401 && tokens) {
        session.forget();
        window.dispatchEvent(new CustomEvent('anliegen:signed-out', {detail: {erased: erased}}));
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
        throw new Problem(response.status, json || {}, response.headers.get('Retry-After'));
    }
    return json;
}

/** Whether newer tokens than these are kept now: renewed meanwhile by another call or tab, or renewed here. */
async function renewedSince(tokens) {
    return session.tokens()?.access !== tokens.access || refreshOnce(tokens.refresh);
}

// a refresh token works once: calls that fail together wait for one refresh
let refreshing = null;

function refreshOnce(refreshToken) {
    refreshing ??= refresh(refreshToken).finally(() => refreshing = null);
    return refreshing;
}

/**
 * New tokens before the access token expires (the open socket is handed the new one); false if the sign-in is over,
 * a Problem if the server could not renew them now.
 */
export function renewTokens() {
    const tokens = session.tokens();
    return tokens ? refreshOnce(tokens.refresh) : Promise.resolve(false);
}

// the server said the account of this sign-in was erased (by the data protection officer, at the person's request)
let erased = false;

/**
 * Renews the tokens, one tab at a time: a refresh token works once, and the server takes a used one presented again
 * for a stolen one and ends the sign-in. A tab that waited for another's renewal finds new tokens kept and uses those.
 */
function refresh(refreshToken) {
    return navigator.locks
        ? navigator.locks.request('anliegen.refresh', () => refreshUnlessRenewed(refreshToken))
        : refreshUnlessRenewed(refreshToken);
}

async function refreshUnlessRenewed(refreshToken) {
    const kept = session.tokens();
    if (!kept) {
        return false;
    }
    if (kept.refresh !== refreshToken) {
        return true; // another tab renewed them meanwhile
    }
    const response = await fetch('/api/v1/sessions/refresh', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({refreshToken}),
    });
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status >= 500 || response.status === 429) {
            // the server is away or too busy, the refresh token unused: signed in still, the call fails for now
            throw new Problem(response.status, problem, response.headers.get('Retry-After'));
        }
        erased = problem.type === '/problems/account-erased';
        return false;
    }
    session.keep(await response.json());
    return true;
}

export const get = path => call('GET', path);
export const post = (path, body = {}) => call('POST', path, body);
export const put = (path, body) => call('PUT', path, body);
export const remove = (path, body) => call('DELETE', path, body);

/** A file the API answers (the data export), as a Blob. */
export async function download(path) {
    const tokens = session.tokens();
    const response = await fetch('/api' + path, {headers: {'Authorization': 'Bearer ' + tokens.access}});
    if (response.status === 401 && await refreshOnce(tokens.refresh)) {
        return download(path);
    }
    if (!response.ok) {
        throw new Problem(response.status, await response.json().catch(() => ({})),
            response.headers.get('Retry-After'));
    }
    return response.blob();
}

/** A new id for requests the app may retry (opening a request, sending a message). */
export function newId() {
    return crypto.randomUUID();
}

/**
 * Uploads a file with progress (fetch cannot report it); answers the attachment the API kept. An access token that
 * expired meanwhile is renewed and the file sent once more, as {@link call} does.
 */
export async function upload(path, file, onProgress, method = 'POST') {
    const tokens = session.tokens();
    try {
        return await sendFile(path, file, onProgress, method, tokens.access);
    } catch (error) {
        if (error instanceof Problem && error.status === 401
                && await renewedSince(tokens)) {
            return sendFile(path, file, onProgress, method, session.tokens().access);
        }
        throw error;
    }
}

/** An upload that shows no progress for this long is given up: a connection can die without ever closing. */
const UPLOAD_STALLS_AFTER = 30_000;

/**
 * Settles in every case: the attachment kept; a Problem for a refusal, also when the answer is not the API's JSON (a
 * proxy's error page); a TypeError when the network failed or the upload stalled.
 */
function sendFile(path, file, onProgress, method, accessToken) {
    return new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        let stalled;
        const alive = () => {
            clearTimeout(stalled);
            stalled = setTimeout(() => request.abort(), UPLOAD_STALLS_AFTER);
        };
        request.open(method, '/api' + path);
        request.setRequestHeader('Authorization', 'Bearer ' + accessToken);
        request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
        request.upload.onprogress = event => {
            alive();
            if (event.lengthComputable) {
                onProgress(event.loaded / event.total);
            }
        };
        request.onload = () => {
            clearTimeout(stalled);
            const json = request.responseText ? jsonOf(request.responseText) : {}; // a picture is answered with 204
            if (request.status >= 200 && request.status < 300 && json) {
                resolve(json);
            } else {
                reject(new Problem(request.status, json ?? {}, request.getResponseHeader('Retry-After')));
            }
        };
        request.onerror = request.onabort = () => {
            clearTimeout(stalled);
            reject(new TypeError('network'));
        };
        alive();
        request.send(file);
    });
}

/** The object an answer's text holds, or null when it holds none (a proxy's error page, say). */
function jsonOf(text) {
    try {
        const json = JSON.parse(text);
        return json !== null && typeof json === 'object' ? json : null;
    } catch (notJson) {
        return null;
    }
}
