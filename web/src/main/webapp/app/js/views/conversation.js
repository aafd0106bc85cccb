// One service request: its messages in order, live as they arrive (the stream), the agent typing, sending with the
// app's own message id so a retry never stores a message twice.
import {alertBox, h, say, show} from '../dom.js';
import {locale, t} from '../i18n.js';
import {get, newId, post} from '../api.js';
import {sendTyping, subscribe} from '../stream.js';
import {message as explain} from './welcome.js';

const PAGE = 100;

export function conversation(view, id) {
    const problem = alertBox('conversationProblem');
    const heading = h('h1', {id: 'subject'});
    const status = h('p', {id: 'status', class: 'hint'});
    const messages = h('ol', {id: 'messages', class: 'messages', 'aria-live': 'polite'});
    const typing = h('p', {id: 'typing', class: 'hint', 'aria-live': 'polite'});
    const shown = new Map(); // seq -> element
    let lastSeq = 0;
    let typingTimer = null;
    let lastTypingSent = 0;

    const text = h('textarea', {id: 'messageText', name: 'text', rows: 3, maxlength: 10000, required: true,
        oninput: () => {
            if (Date.now() - lastTypingSent > 3000) {
                lastTypingSent = Date.now();
                sendTyping(id);
            }
        }});
    const form = h('form', {id: 'sendMessage', class: 'composer', onsubmit: async event => {
            event.preventDefault();
            const clientMessageId = newId();
            try {
                const sent = await post('/v1/conversations/' + id + '/messages', {clientMessageId, text: text.value});
                add(sent);
                text.value = '';
            } catch (error) {
                say(problem, explain(error));
            }
        }},
        h('label', {for: 'messageText', class: 'visually-hidden'}, t('conversation.message')),
        text,
        h('button', {type: 'submit', id: 'send'}, t('conversation.send')));

    function add(message) {
        if (shown.has(message.seq)) {
            return;
        }
        const mine = message.author === 'consumer';
        const element = h('li', {class: 'message ' + (mine ? 'mine' : 'theirs'), 'data-seq': message.seq},
            h('span', {class: 'author'}, mine ? t('conversation.you') : (message.agentName || heading.dataset.company)),
            h('p', {class: 'text'}, message.text || ''),
            h('time', {datetime: message.sentAt},
                new Date(message.sentAt).toLocaleString(locale(), {dateStyle: 'short', timeStyle: 'short'})));
        const later = [...shown.keys()].filter(seq => seq > message.seq).sort((a, b) => a - b)[0];
        messages.insertBefore(element, later === undefined ? null : shown.get(later));
        shown.set(message.seq, element);
        lastSeq = Math.max(lastSeq, message.seq);
    }

    async function load() {
        try {
            const found = await get('/v1/conversations/' + id);
            heading.textContent = found.subject;
            heading.dataset.company = found.company.name;
            status.textContent = found.company.name + ' · ' + t('status.' + found.status);
            let after = lastSeq;
            for (;;) {
                const page = await get('/v1/conversations/' + id + '/messages?limit=' + PAGE + '&after=' + after);
                page.messages.forEach(add);
                if (!page.more) {
                    break;
                }
                after = page.next;
            }
            markRead();
        } catch (error) {
            say(problem, explain(error));
        }
    }

    function markRead() {
        if (lastSeq > 0 && document.visibilityState === 'visible') {
            post('/v1/conversations/' + id + '/read', {upTo: lastSeq}).catch(() => {});
        }
    }

    show(view,
        h('p', {}, h('a', {href: '#/conversations'}, '← ' + t('conversation.back'))),
        heading, status, problem, messages, typing, form);
    load();
    return subscribe(event => {
        if (event.type === 'message' && event.conversation?.id === id) {
            add(event.message);
            typing.textContent = '';
            markRead();
        } else if (event.type === 'status' && event.conversation?.id === id) {
            status.textContent = event.conversation.company.name + ' · ' + t('status.' + event.conversation.status);
        } else if (event.type === 'typing' && event.conversationId === id && event.side === 'company') {
            typing.textContent = t('conversation.typing', event.agentName || heading.dataset.company);
            clearTimeout(typingTimer);
            typingTimer = setTimeout(() => typing.textContent = '', 5000);
        } else if (event.type === 'connection' && event.online) {
            load(); // back online: fetch what came meanwhile, nothing twice
        }
    });
}
