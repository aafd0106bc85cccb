// The live stream: one WebSocket for the whole app, resumed after the last event seen, so a lost connection leaves
// no gap. Views subscribe to the event types they show.
import * as session from './session.js';
import {call, renewTokens} from './api.js';

const CURSOR = 'anliegen.cursor';
const listeners = new Set();
let socket = null;
let drop = null; // gives up the current socket at once, as if it had closed
let retry = 0;
let stopped = true;
let renewal;

export function subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function start() {
    stopped = false;
    if (!socket) {
        open();
    }
}

export function stop() {
    stopped = true;
    clearTimeout(renewal);
    socket?.close();
    socket = null;
}

export function sendTyping(conversationId) {
    if (socket?.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({type: 'typing', conversationId}));
    }
}

async function open() {
    const tokens = session.tokens();
    if (!tokens || stopped || socket) {
        return;
    }
    const url = new URL('/api/v1/stream', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    // resume after the last event seen; the first time, from now on (the views read what came before)
    const cursor = localStorage.getItem(CURSOR);
    if (cursor !== null) {
        url.searchParams.set('after', cursor);
    }
    // a browser cannot set headers on a socket: the token goes as a subprotocol, never in the address (logs keep those)
    const current = new WebSocket(url, ['anliegen', 'bearer.' + tokens.access]);
    socket = current;
    let pings;
    let silence;
    current.addEventListener('open', () => {
        retry = 0;
        // the server takes a socket silent for 90 s for dead; a socket that leaves a ping unanswered for 10 s is
        // dead to us (a phone that lost its network may not notice for minutes)
        pings = setInterval(() => {
            current.send(JSON.stringify({type: 'ping'}));
            silence ??= setTimeout(give, 10_000);
        }, 30_000);
        notify({type: 'connection', online: true});
        renewBeforeExpiry();
    });
    current.addEventListener('message', event => {
        clearTimeout(silence);
        silence = undefined;
        const data = JSON.parse(event.data);
        if (data.cursor) {
            localStorage.setItem(CURSOR, String(data.cursor));
        }
        notify(data);
    });
    const lost = async () => {
        clearInterval(pings);
        clearTimeout(silence);
        if (socket !== current) {
            return;
        }
        socket = null;
        notify({type: 'connection', online: false});
        if (stopped || !session.signedIn()) {
            return;
        }
        // after a restart of the server every app loses its socket at the same moment: each waits a random part
        // of its back-off, so that they do not all come back at once
        retry = Math.min(retry + 1, 5);
        await new Promise(resolve => setTimeout(resolve, (0.25 + Math.random()) * 500 * 2 ** retry));
        // the access token may have expired: any call refreshes it before the next attempt
        await call('GET', '/v1/me').catch(() => {});
        open();
    };
    const give = () => {
        current.close();
        lost();
    };
    current.addEventListener('close', lost);
    drop = give;
}

// the socket lives as long as the sign-in: a minute before the access token expires the app gets a new one and hands
// it to the open socket, which the server would otherwise close
function renewBeforeExpiry() {
    clearTimeout(renewal);
    const expires = session.tokens()?.expires;
    if (expires) {
        // the server away or busy: again in a few seconds, while the old token still holds
        renewal = setTimeout(() => renewTokens().catch(renewBeforeExpiry), Math.max(5_000, expires - Date.now() - 60_000));
    }
}

function handOverToken() {
    const tokens = session.tokens();
    if (tokens && socket?.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({type: 'token', accessToken: tokens.access}));
        renewBeforeExpiry();
    }
}

// renewed here, or in another tab of the same app
window.addEventListener('anliegen:tokens', handOverToken);
window.addEventListener('storage', event => event.key === session.KEY && handOverToken());

// the browser knows the network is gone: the socket is dead even where it has not noticed yet; back: at once
window.addEventListener('offline', () => socket && drop());
window.addEventListener('online', () => {
    retry = 0;
    open();
});

function notify(event) {
    for (const listener of listeners) {
        listener(event);
    }
}
