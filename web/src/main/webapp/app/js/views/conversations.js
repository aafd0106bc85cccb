// The person's service requests with status and unread counts, live; and a new request to a connected company.
import {alertBox, field, h, say, show, submitting} from '../dom.js';
import {locale, t} from '../i18n.js';
import {explain, get, newId, post, Problem, upload} from '../api.js';
import {ACCEPTED, MOST_ATTACHMENTS, previewOf, sendable} from '../files.js';
import * as saved from '../saved.js';
import * as session from '../session.js';
import {subscribe} from '../stream.js';

const LIST = 'conversations';
const PAGE = 50;
/** The list is loaded at most this often while events come (a few times a second). */
const RELOAD_EVERY = 300;
/** How long a list load after events waits for the one before to be answered: after that it starts regardless. */
const LOAD_AWAITED = 10_000;
/** The key of the new request being written in this tab (a draft: session.forget clears it at sign-out). */
const NEW_DRAFT = session.DRAFTS + 'new';
/** The files chosen for a new request, by its id, while the page lives: a draft's id is unknown after sign-out. */
const chosenFiles = new Map();

export function conversations(view) {
    const problem = alertBox('conversationsProblem');
    const list = h('ul', {id: 'conversationList', class: 'list'});
    let wanted = PAGE; // the requests to show, a page more at each "more"
    const more = h('button', {type: 'button', id: 'moreConversations', class: 'secondary', hidden: true,
        onclick: () => {
            wanted += PAGE;
            load();
        }}, t('conversations.more'));

    let loads = 0; // loads started: the answer to one overtaken by a later one is not drawn
    let loadedAt = 0; // when the last one started
    let loading = Promise.resolve(); // the last one started after events, until answered
    let planned = null; // the next one after events

    async function load() {
        const asked = ++loads;
        const current = () => asked === loads && list.isConnected;
        loadedAt = Date.now();
        try {
            const page = await get('/v1/conversations?limit=' + PAGE);
            let next = page.next;
            while (next && page.conversations.length < wanted && current()) {
                const following = await get('/v1/conversations?limit=' + PAGE + '&after=' + encodeURIComponent(next));
                page.conversations.push(...following.conversations);
                next = following.next;
            }
            if (!current()) {
                return;
            }
            say(problem, '');
            // drawn anew at every event: the request the keyboard (or a screen reader) was on keeps the focus
            const focused = list.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
            list.replaceChildren(...items(page));
            if (focused) {
                list.querySelector('a[href="' + focused + '"]')?.focus();
            }
            more.hidden = !next;
            saved.keep(LIST, page);
        } catch (error) {
            const kept = error instanceof Problem ? undefined : await saved.read(LIST);
            if (!current()) {
                return;
            }
            if (kept) {
                list.replaceChildren(...items(kept.value));
            }
            say(problem, kept ? saved.since(kept.savedAt) : explain(error));
        }
    }

    const items = page => page.conversations.length === 0
        ? [h('li', {}, t('conversations.none'))]
        : page.conversations.map(item);

    show(view,
        h('h1', {}, t('conversations.title')),
        h('p', {}, h('a', {href: '#/conversations/new', class: 'button', id: 'newConversation'},
            t('conversations.new'))),
        problem,
        list,
        more);
    /**
     * Loads the list after an event, one load at a time and at most every RELOAD_EVERY ms: the events a reconnection
     * replays make one load, not one each, and every event is followed by a load that starts after it.
     */
    function reload() {
        planned ??= setTimeout(async () => {
            // a load whose answer never comes (a dead connection) holds up the next one for a while, not for good: the
            // answer to the older one is not drawn once a newer one has started
            await Promise.race([loading, new Promise(waited => setTimeout(waited, LOAD_AWAITED))]);
            planned = null;
            loading = load();
        }, Math.max(0, loadedAt + RELOAD_EVERY - Date.now()));
    }

    load();
    const unsubscribe = subscribe(event => {
        if (['message', 'status', 'read', 'connection', 'reload'].includes(event.type)) {
            reload();
        }
    });
    return () => {
        unsubscribe();
        clearTimeout(planned);
    };
}

function item(conversation) {
    const when = new Date(conversation.lastActivityAt).toLocaleString(locale(),
        {dateStyle: 'short', timeStyle: 'short'});
    // a request still open to a company that takes no requests now says so here, before it is opened to write
    const paused = conversation.company.takesRequests === false && conversation.status !== 'closed';
    return h('li', {class: 'conversation' + (conversation.unread > 0 ? ' unread' : '')},
        h('a', {href: '#/conversations/' + conversation.id},
            h('strong', {}, conversation.subject),
            h('span', {class: 'company'},
                paused ? t('conversations.paused', conversation.company.name) : conversation.company.name)),
        h('span', {class: 'meta'},
            h('span', {class: 'status'}, t('status.' + conversation.status)),
            ' · ', when,
            conversation.unread > 0 ? h('span', {class: 'badge'}, t('conversations.unread', conversation.unread)) : null));
}

export function newConversation(view) {
    const problem = alertBox('newProblem');
    // the request being written stays for this tab, so that drawing the view anew (another language) keeps it: its
    // words, company and ids in session.DRAFTS, its files in memory under its id
    const draft = JSON.parse(sessionStorage.getItem(NEW_DRAFT)) ?? {requestId: newId(), filesMessageId: newId()};
    let requestId = draft.requestId; // the same id on every retry: the request is opened once
    let filesMessageId = draft.filesMessageId; // and its files go in one message, once
    if (!chosenFiles.has(requestId)) {
        chosenFiles.set(requestId, []);
    }
    const chosen = chosenFiles.get(requestId); // {file, item, id}: uploaded after the request is opened
    const company = h('select', {id: 'company', name: 'company', required: true});
    const attached = h('ul', {id: 'attached', class: 'attached'});
    const picker = h('input', {type: 'file', id: 'attachment', accept: ACCEPTED, class: 'visually-hidden',
        onchange: () => choose(picker.files[0])});

    async function choose(picked) {
        picker.value = '';
        if (!picked) {
            return;
        }
        // its files go in one message, after the request is opened: refused here, before anything is sent
        const {file, refusal} = await sendable(picked);
        if (refusal || chosen.length >= MOST_ATTACHMENTS) {
            say(problem, refusal ?? t('conversations.tooManyAttachments', MOST_ATTACHMENTS));
            return;
        }
        say(problem, '');
        const entry = {file, id: null};
        chosen.push(entry);
        await list(entry);
    }

    /** A chosen file in the form, with its ✕ to take it off again. */
    async function list(entry) {
        const remove = h('button', {type: 'button', class: 'link', 'aria-label': t('files.remove', entry.file.name),
            onclick: () => {
                chosen.splice(chosen.indexOf(entry), 1);
                entry.item.remove();
            }}, '✕');
        entry.item = h('li', {}, await previewOf(entry.file), remove);
        attached.append(entry.item);
    }

    function keepDraft() {
        const data = new FormData(form);
        sessionStorage.setItem(NEW_DRAFT, JSON.stringify({requestId, filesMessageId,
            company: data.get('company'), subject: data.get('subject'), text: data.get('text')}));
    }

    /** The chosen files, uploaded to the opened request and sent in one message; each uploaded once, also on a retry. */
    async function sendFiles(conversationId) {
        for (const entry of chosen.filter(entry => entry.id === null)) {
            const progress = h('progress', {max: 1, value: 0, 'aria-label': entry.file.name});
            entry.item.append(progress);
            const kept = await upload('/v1/conversations/' + conversationId + '/attachments?name='
                + encodeURIComponent(entry.file.name), entry.file, share => progress.value = share);
            progress.remove();
            entry.id = kept.id;
        }
        await post('/v1/conversations/' + conversationId + '/messages',
            {clientMessageId: filesMessageId, text: '', attachmentIds: chosen.map(entry => entry.id)});
    }

    const form = h('form', {id: 'newRequest', class: 'card', oninput: keepDraft, onsubmit: submitting(async () => {
            const data = new FormData(form);
            try {
                const opened = await post('/v1/conversations', {
                    company: data.get('company'),
                    subject: data.get('subject'),
                    text: data.get('text'),
                    requestId,
                });
                if (chosen.length > 0) {
                    await sendFiles(opened.id); // a file refused: sent again, the same request and message go once
                }
                sessionStorage.removeItem(NEW_DRAFT);
                chosenFiles.delete(requestId);
                // in place of the form: going back leads to the list, not to the form of a request already sent
                location.replace('#/conversations/' + opened.id);
            } catch (error) {
                if (error instanceof Problem && error.type === '/problems/request-id-reused') {
                    // that request went to another company or with other words and is in the list: this one, sent again, is a new one
                    // and its files go to it anew (those uploaded already went to the other one)
                    chosen.forEach(entry => entry.id = null);
                    chosenFiles.delete(requestId);
                    requestId = newId();
                    filesMessageId = newId();
                    chosenFiles.set(requestId, chosen);
                    keepDraft();
                }
                say(problem, explain(error));
            }
        })},
        h('h1', {}, t('conversations.new')),
        h('div', {class: 'field'}, h('label', {for: 'company'}, t('conversations.company')), company),
        field('subject', t('conversations.subject'), {required: true, maxlength: 200}),
        h('div', {class: 'field'},
            h('label', {for: 'text'}, t('conversations.text')),
            h('textarea', {id: 'text', name: 'text', required: true, rows: 5, maxlength: 10000})),
        attached,
        h('p', {}, h('label', {for: 'attachment', class: 'button secondary', id: 'attachLabel'},
            t('conversation.attach')), picker),
        problem,
        h('button', {type: 'submit', id: 'sendRequest'}, t('conversations.send')));
    form.elements.subject.value = draft.subject ?? '';
    form.elements.text.value = draft.text ?? '';
    show(view, form);
    chosen.reduce((listed, entry) => listed.then(() => list(entry)), Promise.resolve());
    get('/v1/me/companies')
        .then(connections => {
            const taking = connections.filter(connection => connection.takesRequests);
            if (taking.length === 0) {
                say(problem, t(connections.length === 0 ? 'conversations.noCompany' : 'conversations.allPaused'));
            }
            // a company that takes no requests now is shown, but cannot be chosen: it would refuse the request
            show(company, connections.map(({company: to, takesRequests}) =>
                h('option', {value: to.handle, disabled: !takesRequests},
                    takesRequests ? to.name : t('conversations.paused', to.name))));
            if (taking.some(connection => connection.company.handle === draft.company)) {
                company.value = draft.company;
            }
        })
        .catch(error => say(problem, explain(error)));
}
