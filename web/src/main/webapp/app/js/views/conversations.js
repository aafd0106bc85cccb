// The person's service requests with status and unread counts, live; and a new request to a connected company.
import {alertBox, field, h, say, show} from '../dom.js';
import {locale, t} from '../i18n.js';
import {explain, get, newId, post, Problem, upload} from '../api.js';
import {ACCEPTED, previewOf, refusalOf} from '../files.js';
import * as saved from '../saved.js';
import {subscribe} from '../stream.js';

const LIST = 'conversations';

export function conversations(view) {
    const problem = alertBox('conversationsProblem');
    const list = h('ul', {id: 'conversationList', class: 'list'});

    async function load() {
        try {
            const page = await get('/v1/conversations?limit=50');
            say(problem, '');
            list.replaceChildren(...items(page));
            saved.keep(LIST, page);
        } catch (error) {
            const kept = error instanceof Problem ? undefined : await saved.read(LIST);
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
        list);
    load();
    return subscribe(event => {
        if (['message', 'status', 'read', 'connection'].includes(event.type)) {
            load();
        }
    });
}

function item(conversation) {
    const when = new Date(conversation.lastActivityAt).toLocaleString(locale(),
        {dateStyle: 'short', timeStyle: 'short'});
    return h('li', {class: 'conversation' + (conversation.unread > 0 ? ' unread' : '')},
        h('a', {href: '#/conversations/' + conversation.id},
            h('strong', {}, conversation.subject),
            h('span', {class: 'company'}, conversation.company.name)),
        h('span', {class: 'meta'},
            h('span', {class: 'status'}, t('status.' + conversation.status)),
            ' · ', when,
            conversation.unread > 0 ? h('span', {class: 'badge'}, t('conversations.unread', conversation.unread)) : null));
}

export function newConversation(view) {
    const problem = alertBox('newProblem');
    const requestId = newId(); // the same id on every retry: the request is opened once
    const filesMessageId = newId(); // and its files go in one message, once
    const chosen = []; // {file, item, id}: the files to go with the request, uploaded after it is opened
    const company = h('select', {id: 'company', name: 'company', required: true});
    const attached = h('ul', {id: 'attached', class: 'attached'});
    const picker = h('input', {type: 'file', id: 'attachment', accept: ACCEPTED, class: 'visually-hidden',
        onchange: () => choose(picker.files[0])});

    async function choose(file) {
        picker.value = '';
        if (!file) {
            return;
        }
        const refusal = refusalOf(file);
        if (refusal) {
            say(problem, refusal);
            return;
        }
        say(problem, '');
        const entry = {file, id: null};
        const remove = h('button', {type: 'button', class: 'link', 'aria-label': t('files.remove', file.name),
            onclick: () => {
                chosen.splice(chosen.indexOf(entry), 1);
                entry.item.remove();
            }}, '✕');
        entry.item = h('li', {}, await previewOf(file), remove);
        chosen.push(entry);
        attached.append(entry.item);
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

    const form = h('form', {id: 'newRequest', class: 'card', onsubmit: async event => {
            event.preventDefault();
            const data = new FormData(form);
            try {
                const opened = await post('/v1/conversations', {
                    company: data.get('company'),
                    subject: data.get('subject'),
                    text: data.get('text'),
                    requestId,
                });
                if (chosen.length > 0) {
                    await sendFiles(opened.id);
                }
                location.hash = '#/conversations/' + opened.id;
            } catch (error) {
                say(problem, explain(error));
            }
        }},
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
    show(view, form);
    get('/v1/me/companies')
        .then(connections => {
            if (connections.length === 0) {
                say(problem, t('conversations.noCompany'));
            }
            show(company, connections.map(connection =>
                h('option', {value: connection.company.handle}, connection.company.name)));
        })
        .catch(error => say(problem, explain(error)));
}
