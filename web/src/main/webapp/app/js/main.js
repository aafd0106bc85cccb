// The app: a few views on the public API, switched by the address's fragment (#/companies, #/conversations/7).
import {forgetNoticeElsewhere, h, redrawNotice, show, tell} from './dom.js';
import {language, switchLanguage, t} from './i18n.js';
import * as session from './session.js';
import * as stream from './stream.js';
import {call, explain} from './api.js';
import {welcome} from './views/welcome.js';
import {companies, company} from './views/companies.js';
import {conversations, newConversation} from './views/conversations.js';
import {conversation} from './views/conversation.js';
import {account} from './views/account.js';
import * as outbox from './outbox.js';
import * as facebook from './facebook.js';
import * as push from './push.js';
import * as analytics from './analytics.js';

const view = document.getElementById('view');
let leave = null;

function route() {
    leave?.();
    leave = null;
    document.documentElement.lang = language();
    document.querySelector('.skip').textContent = t('skip');
    document.getElementById('language').textContent = t('language.other');
    navigation();
    const path = location.hash.substring(1) || '/';
    if (!session.signedIn()) {
        stream.stop();
        analytics.forget();
        online(true);
        leave = welcome(view, signedIn);
        return;
    }
    stream.start();
    outbox.flush();
    const open = path.match(/^\/conversations\/(\d+)$/);
    let screen;
    if (open) {
        [screen, leave] = ['conversation', conversation(view, Number(open[1]))];
    } else if (path === '/conversations/new') {
        [screen, leave] = ['new-request', newConversation(view)];
    } else if (path === '/companies') {
        [screen, leave] = ['companies', companies(view)];
    } else if (path.startsWith('/companies/')) {
        [screen, leave] = ['company', company(view, decodeURIComponent(path.substring('/companies/'.length)))];
    } else if (path === '/account') {
        [screen, leave] = ['account', account(view, signOut)];
    } else {
        [screen, leave] = ['conversations', conversations(view)];
    }
    view.focus();
    analytics.count(screen);
}

function navigation() {
    const nav = document.getElementById('nav');
    if (!session.signedIn()) {
        nav.replaceChildren();
        return;
    }
    const here = location.hash || '#/conversations';
    const link = (href, id, label) =>
        h('a', {href, id, 'aria-current': here.startsWith(href) ? 'page' : null}, label);
    show(nav,
        link('#/conversations', 'toConversations', t('nav.conversations')),
        link('#/companies', 'toCompanies', t('nav.companies')),
        link('#/account', 'toAccount', t('nav.account')));
}

async function signOut(path) {
    await push.switchOff().catch(() => {});
    await call('DELETE', path).catch(() => {});
    session.forget();
    stream.stop();
    location.hash = '#/';
    route();
}

function signedIn() {
    tell(null);
    push.renew().catch(() => {});
    location.hash = '#/conversations';
    route();
}

const connection = document.getElementById('connection');
stream.subscribe(event => {
    if (event.type === 'connection' && event.online) {
        outbox.flush();
    }
    if (event.type === 'connection') {
        online(event.online);
    }
});

/** Says that the stream has no connection, while someone is signed in; no one signed in has a stream to miss. */
function online(connected) {
    connection.textContent = connected ? '' : t('connection.lost');
    connection.hidden = connected;
}

// the skip link moves the focus to the view; followed as a link, its "#view" would be taken for a route
document.querySelector('.skip').addEventListener('click', event => {
    event.preventDefault();
    view.focus();
});
document.getElementById('language').addEventListener('click', () => {
    switchLanguage();
    // what stands above the view is drawn anew in the new language too
    online(connection.hidden);
    redrawNotice();
    route();
});
window.addEventListener('hashchange', () => {
    forgetNoticeElsewhere();
    route();
});
window.addEventListener('online', () => session.signedIn() && outbox.flush());
// waiting messages refused for good while their request is not in view: their words wait in that request's field
// (session.DRAFTS), after any written there before, and the person is told how many, with the words, which may not
// find a field (a closed request). The request in view puts them into its field itself
window.addEventListener('anliegen:refused', event => {
    if (!session.signedIn()) {
        return; // answered after the sign-out: the words were that person's, and are gone with the rest
    }
    const {conversationId, refused} = event.detail;
    if (location.hash === '#/conversations/' + conversationId) {
        return;
    }
    const draft = session.DRAFTS + conversationId;
    sessionStorage.setItem(draft, outbox.withRefusedWords(sessionStorage.getItem(draft), refused));
    tell(() => outbox.refusalNotice(refused), true);
});
// browsers do not always say when the connection is back: look again now and then while something waits
setInterval(() => session.signedIn() && outbox.flush(), 10_000);
window.addEventListener('anliegen:signed-out', event => {
    forgetNoticeElsewhere();
    route();
    if (event.detail?.erased) {
        tell(() => t('account.erased'));
    }
});
// signed in or out in another tab: this one follows (and stops its stream when signed out); a refreshed token is no
// reason to draw the view anew
window.addEventListener('storage', event => {
    if (event.key !== 'anliegen.session' || (event.oldValue === null) === (event.newValue === null)) {
        return;
    }
    if (event.newValue === null) {
        session.forgetDrafts(); // this tab's drafts are the signed-out person's
    }
    route();
});
if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', {scope: './'});
}
if (session.signedIn()) {
    push.renew().catch(() => {}); // a new server key, or a subscription the browser renewed
}
facebook.takeAnswer().then(answer => answer
    ? facebook.finish(answer)
        .then(key => tell(key && (() => t(key)), Boolean(answer.failed)))
        .catch(error => tell(() => explain(error), true))
        .finally(route)
    : route());
