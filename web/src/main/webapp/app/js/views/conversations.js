// The person's service requests with status and unread counts, live; and a new request to a connected company.
import {alertBox, field, h, say, show} from '../dom.js';
import {locale, t} from '../i18n.js';
import {explain, get, newId, post, Problem} from '../api.js';
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
    const company = h('select', {id: 'company', name: 'company', required: true});
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
                location.hash = '#/conversations/' + opened.id;
            } catch (error) {
                say(problem, explain(error));
            }
        }},
        h('h1', {}, t('conversations.new')),
        h('div', {class: 'field'}, h('label', {for: 'company'}, t('conversations.company')), company),
        field('subject', t('conversations.subject'), {required: true, maxlength: 1000}),
        h('div', {class: 'field'},
            h('label', {for: 'text'}, t('conversations.text')),
            h('textarea', {id: 'text', name: 'text', required: true, rows: 5, maxlength: 10000})),
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
