// One service request: its messages in order, live as they arrive (the stream), the agent typing, sending with the
// app's own message id so a retry never stores a message twice.
import {alertBox, dataUrlOf, h, save, say, show, submitting} from '../dom.js';
import {locale, t} from '../i18n.js';
import {download, explain, get, newId, post, Problem, upload} from '../api.js';
import * as saved from '../saved.js';
import * as session from '../session.js';
import {sendTyping, subscribe} from '../stream.js';
import * as outbox from '../outbox.js';
import {ACCEPTED, enlargeable, MOST_ATTACHMENTS, previewOf, sendable} from '../files.js';
import * as push from '../push.js';

const PAGE = 100;
/** While nothing can be written (a suspended company, a connection ended): how often the request is read anew. */
const LOOK_AGAIN = 10_000;

export function conversation(view, id) {
    const problem = alertBox('conversationProblem');
    const sendProblem = alertBox('sendProblem'); // beside the composer, where the person is looking
    const heading = h('h1', {id: 'subject'});
    const status = h('p', {id: 'status', class: 'hint'});
    // read out as they come, once the history is shown (a screen reader would read the whole of it at every load)
    const messages = h('ol', {id: 'messages', class: 'messages'});
    const typing = h('p', {id: 'typing', class: 'hint', 'aria-live': 'polite'});
    const shown = new Map(); // seq -> element
    const waiting = new Map(); // clientMessageId -> element of a message not yet stored
    const seen = new Map(); // seq -> the message as the API answered it, kept for reading offline
    const key = 'conversation/' + id;
    let current = null; // the request as the API answered it last
    let keptAt = null; // while the kept state is shown: when it was kept
    let lastSeq = 0;
    let complete = false; // the whole history was read from the API once
    let following = true; // the newest message was in sight when the page last moved (reachedEnd, showNewest)
    let typingTimer = null;
    let lastTypingSent = 0;

    // a company that takes no requests now (suspended), or one the person disconnected from, would refuse whatever is
    // written: the composer says so instead
    const paused = h('p', {id: 'paused', class: 'paused', hidden: true});
    let connected = true; // with the request's company, until the person's connections say otherwise
    let connectionLooks = 0; // looks at the connections started: the answer to one overtaken by a later one is dropped
    let lookAgain = null; // while writing is barred: the timer that reads the request anew

    // not required: a photo may go without words
    // the words not sent yet stay for this tab (session.DRAFTS), so that drawing the view anew keeps them
    const draft = session.DRAFTS + id;
    // the field was emptied by sending: the second tap of a double tap finds nothing to send, and is told nothing
    let justSent = false;
    const text = h('textarea', {id: 'messageText', name: 'text', rows: 3, maxlength: 10000,
        'aria-describedby': 'paused', oninput: () => {
            justSent = false;
            sessionStorage.setItem(draft, text.value);
            if (Date.now() - lastTypingSent > 3000) {
                lastTypingSent = Date.now();
                sendTyping(id);
            }
        }});
    text.value = sessionStorage.getItem(draft) ?? '';
    const attached = h('ul', {id: 'attached', class: 'attached'});
    const below = h('button', {type: 'button', id: 'newBelow', class: 'new-below', hidden: true,
        onclick: showNewest}, t('conversation.newBelow'));
    let attachmentIds = [];
    // and the files uploaded for it, by name: drawn anew, the view lists them again to go with the next message
    const draftFiles = draft + '.files';
    const names = new Map(); // attachment id -> its file's name
    // uploads still running: a message sent meanwhile waits for them, so that its files go with it
    const uploading = new Set();
    const picker = h('input', {type: 'file', id: 'attachment', accept: ACCEPTED,
        class: 'visually-hidden', onchange: () => attach(picker.files[0])});

    async function attach(chosen) {
        if (!chosen) {
            return;
        }
        const {file, refusal} = await sendable(chosen);
        if (refusal || attachmentIds.length + uploading.size >= MOST_ATTACHMENTS) {
            picker.value = '';
            tellComposer(refusal ?? t('conversation.tooManyAttachments', MOST_ATTACHMENTS));
            return;
        }
        tellComposer('');
        justSent = false;
        const progress = h('progress', {max: 1, value: 0, 'aria-label': file.name});
        const item = h('li', {}, await previewOf(file), progress);
        attached.append(item);
        picker.value = '';
        const uploaded = upload('/v1/conversations/' + id + '/attachments?name=' + encodeURIComponent(file.name),
            file, share => progress.value = share);
        uploading.add(uploaded);
        try {
            const kept = await uploaded;
            progress.remove();
            keep(item, kept.id, file.name);
        } catch (error) {
            item.remove();
            tellComposer(explain(error));
        } finally {
            uploading.delete(uploaded);
        }
    }

    /**
     * An uploaded file goes with the next message, unless taken off again: then it stays unsent on the server, which
     * deletes it after a day (UnsentUploadRetention).
     */
    function keep(item, attachmentId, name) {
        item.dataset.attachment = attachmentId;
        attachmentIds.push(attachmentId);
        names.set(attachmentId, name);
        keepFiles();
        item.append(h('button', {type: 'button', class: 'link', 'aria-label': t('files.remove', name),
            onclick: () => {
                attachmentIds = attachmentIds.filter(kept => kept !== attachmentId);
                keepFiles();
                item.remove();
                text.focus();
            }}, '✕'));
    }

    function keepFiles() {
        attachmentIds.length
            ? sessionStorage.setItem(draftFiles, JSON.stringify(attachmentIds.map(kept => [kept, names.get(kept)])))
            : sessionStorage.removeItem(draftFiles);
    }

    function tellComposer(words) {
        say(sendProblem, words);
        if (words) {
            sendProblem.scrollIntoView({block: 'nearest'});
        }
    }

    const sendButton = h('button', {type: 'submit', id: 'send'}, t('conversation.send'));
    const form = h('form', {id: 'sendMessage', class: 'composer', onsubmit: async event => {
            event.preventDefault();
            if (uploading.size) {
                sendButton.disabled = true;
                const uploads = await Promise.allSettled([...uploading]);
                sendButton.disabled = text.disabled; // barred meanwhile (offerWriting): it stays so
                // a file that did not go up: nothing goes, so that no one believes it went along. The words stay, and
                // the reason attach() gave; the person decides again
                if (uploads.some(upload => upload.status === 'rejected')) {
                    return;
                }
            }
            if (!text.value.trim() && attachmentIds.length === 0) {
                if (!justSent) {
                    tellComposer(t('conversation.empty'));
                }
                return;
            }
            tellComposer('');
            const entry = {conversationId: id, clientMessageId: newId(), text: text.value, attachmentIds};
            justSent = true;
            text.value = '';
            sessionStorage.removeItem(draft);
            attachmentIds = [];
            keepFiles();
            // the files that went with it; one chosen since, still uploading, stays for the next message
            attached.querySelectorAll('li[data-attachment]').forEach(item => item.remove());
            wait(entry);
            try {
                const sent = await outbox.send(entry.conversationId, entry.clientMessageId, entry.text,
                    entry.attachmentIds);
                if (sent) {
                    arrived(sent);
                }
            } catch (error) {
                refusedHere([{entry, error}]); // the outbox could not keep it (a refusal comes as anliegen:refused)
            }
        }},
        below,
        attached,
        sendProblem,
        paused,
        h('label', {for: 'messageText', class: 'visually-hidden'}, t('conversation.message')),
        text,
        h('div', {class: 'composer-actions'},
            h('label', {for: 'attachment', class: 'button secondary', id: 'attachLabel'}, t('conversation.attach')),
            picker,
            sendButton));

    for (const [attachmentId, name] of JSON.parse(sessionStorage.getItem(draftFiles)) ?? []) {
        const item = h('li', {}, h('span', {class: 'file'}, name));
        attached.append(item);
        keep(item, attachmentId, name);
    }

    /** A message kept in the outbox: shown at the end, marked as waiting, until the server has it. */
    function wait(entry) {
        if (waiting.has(entry.clientMessageId)) {
            return;
        }
        const element = h('li', {class: 'message mine pending', 'data-client-id': entry.clientMessageId},
            h('span', {class: 'author'}, t('conversation.you')),
            h('p', {class: 'text'}, entry.text),
            h('span', {class: 'hint'}, t('conversation.pending')));
        messages.append(element);
        waiting.set(entry.clientMessageId, element);
        showNewest();
    }

    /** Keeps the request and its messages in the browser, to be read when there is no connection. */
    function remember() {
        if (current) {
            saved.keep(key, {conversation: current, messages: [...seen.values()].slice(-500)});
        }
    }

    /**
     * One message more, after the view was loaded: shown and kept. The view follows it when the reader is at the end
     * (or wrote it); a reader who scrolled up to read keeps their place and is told that something is below.
     */
    function arrived(message) {
        const follow = message.author === 'consumer' || following;
        if (add(message)) {
            follow ? showNewest() : (below.hidden = false);
        }
        remember();
    }

    /** Whether the newest message is in sight (the page itself scrolls; the composer stays at the bottom). */
    function atEnd() {
        return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 48;
    }

    function showNewest() {
        window.scrollTo({top: document.documentElement.scrollHeight});
        following = true;
        below.hidden = true;
    }

    const reachedEnd = () => {
        following = atEnd();
        if (following) {
            below.hidden = true;
        }
    };
    window.addEventListener('scroll', reachedEnd, {passive: true});
    // a picture is fetched after its message was shown and then takes its room (up to 12rem), pushing the time and
    // receipt below it under the composer; the composer grows over the newest message when files are added to it, a
    // reason is shown beside it or its field is drawn larger: a view that followed the newest message goes to its end
    // again (told after the layout and before the paint, so nothing is seen to jump)
    const grown = new ResizeObserver(() => following && showNewest());
    grown.observe(messages);
    grown.observe(form);

    /** Shows a message in order of seq; false when it was shown already. */
    function add(message) {
        seen.set(message.seq, message);
        waiting.get(message.clientMessageId)?.remove();
        waiting.delete(message.clientMessageId);
        if (shown.has(message.seq)) {
            return false;
        }
        const mine = message.author === 'consumer';
        const element = h('li', {class: 'message ' + (mine ? 'mine' : 'theirs'), 'data-seq': message.seq},
            h('span', {class: 'author'}, mine ? t('conversation.you') : (message.agentName || heading.dataset.company)),
            message.text ? h('p', {class: 'text'}, message.text) : null,
            (message.attachments || []).map(attachment => attachmentOf(attachment)),
            h('time', {datetime: message.sentAt},
                new Date(message.sentAt).toLocaleString(locale(), {dateStyle: 'short', timeStyle: 'short'})),
            mine ? h('span', {class: 'receipt'}, message.read ? t('conversation.read') : '') : null);
        // in order of seq, and before the messages that still wait
        const later = [...shown.keys()].filter(seq => seq > message.seq).sort((a, b) => a - b)[0];
        const anchor = later === undefined ? (waiting.values().next().value ?? null) : shown.get(later);
        messages.insertBefore(element, anchor);
        shown.set(message.seq, element);
        lastSeq = Math.max(lastSeq, message.seq);
        return true;
    }

    function attachmentOf(attachment) {
        const path = '/v1/conversations/' + id + '/attachments/' + attachment.id;
        if (attachment.contentType.startsWith('image/')) {
            const image = h('img', {alt: attachment.fileName, class: 'thumbnail'});
            download(path).then(dataUrlOf).then(url => image.src = url).catch(() => {});
            return h('figure', {class: 'attachment'}, enlargeable(image));
        }
        return h('p', {class: 'attachment'}, h('button', {type: 'button', class: 'link', onclick: async () => {
                try {
                    save(await download(path), attachment.fileName);
                } catch (error) {
                    say(problem, explain(error));
                }
            }}, attachment.fileName + ' (' + Math.ceil(attachment.size / 1024) + ' KB)'));
    }

    async function load() {
        (await outbox.pending(id).catch(() => [])).forEach(wait); // shown even without a connection
        try {
            describe(await get('/v1/conversations/' + id));
            say(problem, '');
            // from the first message until the history was read once, whatever the stream brought before (add() skips
            // what is shown); after that, every message up to lastSeq is shown and only later ones are missing
            let after = complete ? lastSeq : 0;
            const follow = !complete || following;
            const before = lastSeq;
            for (;;) {
                const page = await get('/v1/conversations/' + id + '/messages?limit=' + PAGE + '&after=' + after);
                page.messages.forEach(add);
                if (!page.more) {
                    break;
                }
                after = page.next;
            }
            complete = true;
            messages.setAttribute('aria-live', 'polite');
            follow ? showNewest() : (below.hidden = lastSeq === before);
            remember();
            markRead();
            keptAt = null;
        } catch (error) {
            const unreachable = !(error instanceof Problem);
            const kept = unreachable && shown.size === 0 ? await saved.read(key) : undefined;
            if (kept) {
                keptAt = kept.savedAt;
                describe(kept.value.conversation);
                kept.value.messages.forEach(add);
                showNewest();
            }
            say(problem, unreachable && keptAt ? saved.since(keptAt) : explain(error));
        }
    }

    function describe(found) {
        current = found;
        heading.textContent = found.subject;
        heading.dataset.company = found.company.name;
        status.textContent = found.company.name + ' · ' + t('status.' + found.status);
        offerClosing(found);
        offerWriting(found.company);
        lookForConnection(found.company);
    }

    /**
     * Writing, while the company takes requests and the person is connected with it; otherwise every message and file
     * would be refused, so nothing can be written or attached until then (what was written stays, to be read and
     * closed).
     */
    function offerWriting(company) {
        const taking = company.takesRequests !== false; // a request kept by an app from before the field takes them
        const why = !taking ? t('conversation.paused', company.name)
            : !connected ? t('conversation.disconnected', company.name) : '';
        say(paused, why);
        [text, picker, sendButton].forEach(control => control.disabled = why !== '');
        // a company taking requests again, or a connection made again on another device, sends this page no event:
        // while barred, it reads the request anew now and then, and when it comes back into view
        clearTimeout(lookAgain);
        lookAgain = why === '' ? null : setTimeout(reread, LOOK_AGAIN);
    }

    function lookWhenBack() {
        if (lookAgain && document.visibilityState === 'visible') {
            reread();
        }
    }

    /** Whether the person is still connected with the request's company (offline: as last known). */
    function lookForConnection(company) {
        const asked = ++connectionLooks;
        get('/v1/me/companies').then(connections => {
            if (asked !== connectionLooks) {
                return;
            }
            connected = connections.some(connection => connection.company.handle === company.handle);
            offerWriting(current.company);
        }).catch(() => {});
    }

    /** Reads the request anew, as the server has it now, and keeps it. */
    function reread() {
        get('/v1/conversations/' + id).then(found => {
            describe(found);
            remember();
        }).catch(() => {});
    }

    function markRead() {
        if (lastSeq > 0 && document.visibilityState === 'visible') {
            post('/v1/conversations/' + id + '/read', {upTo: lastSeq}).catch(() => {});
        }
    }

    const closing = h('section', {id: 'closing'});

    /** Resolved: the person may rate and close; open: close without rating; closed: nothing more to write. */
    function offerClosing(found) {
        form.hidden = found.status === 'closed';
        if (found.status === 'closed') {
            offer.hidden = true; // no one answers a closed request
        }
        if (found.status === 'closed') {
            show(closing, found.rating ? h('p', {class: 'hint'}, t('conversation.rated', found.rating)) : null);
            return;
        }
        const resolved = found.status === 'resolved';
        const rating = h('fieldset', {class: 'rating'},
            h('legend', {}, t('conversation.rating')),
            [1, 2, 3, 4, 5].map(stars => h('label', {},
                h('input', {type: 'radio', name: 'rating', value: stars, id: 'rating-' + stars}), ' ' + stars)));
        const close = h('form', {id: 'close', class: 'card', onsubmit: submitting(async () => {
                const data = new FormData(close);
                try {
                    describe(await post('/v1/conversations/' + id + '/close', {
                        rating: resolved && data.get('rating') ? Number(data.get('rating')) : null,
                        comment: resolved ? data.get('comment') || null : null,
                    }));
                    say(problem, '');
                    remember();
                } catch (error) {
                    say(problem, explain(error));
                }
            })},
            h('h2', {}, resolved ? t('conversation.resolved') : t('conversation.closeTitle')),
            resolved ? rating : null,
            resolved ? h('div', {class: 'field'},
                h('label', {for: 'comment'}, t('conversation.comment')),
                h('textarea', {id: 'comment', name: 'comment', rows: 2, maxlength: 1000})) : null,
            h('button', {type: 'submit', id: 'closeRequest', class: 'secondary'},
                resolved ? t('conversation.rateAndClose') : t('conversation.close')));
        show(closing, close);
    }

    const offer = h('div', {id: 'pushOffer', class: 'card offer', hidden: true},
        h('p', {}, t('push.offer')),
        h('div', {class: 'actions'},
            h('button', {type: 'button', id: 'pushOfferYes', onclick: () => answerOffer(true)}, t('push.offer.yes')),
            h('button', {type: 'button', id: 'pushOfferNo', class: 'secondary', onclick: () => answerOffer(false)},
                t('push.offer.no'))));
    async function answerOffer(yes) {
        push.offered();
        offer.hidden = true;
        try {
            if (yes && !await push.switchOn(false)) {
                say(problem, t('push.denied'));
            }
        } catch (error) {
            say(problem, explain(error));
        }
    }
    show(view,
        h('p', {}, h('a', {href: '#/conversations'}, '← ' + t('conversation.back'))),
        heading, status, problem, offer, messages, typing, form, closing);
    // the moment to ask: the person has sent a request and waits for its answer
    push.worthOffering().then(worth => {
        offer.hidden = !worth || current?.status === 'closed';
    });
    const sent = event => {
        if (event.detail.conversationId === id) {
            arrived(event.detail);
        }
    };
    /**
     * Messages the server refused for good ({entry, error} each): their words go back into the field, after any
     * written there meanwhile, to be copied or sent again; the person is told how many and why.
     */
    function refusedHere(refused) {
        for (const {entry} of refused) {
            waiting.get(entry.clientMessageId)?.remove();
            waiting.delete(entry.clientMessageId);
            // its files are still uploaded and unsent: they go with the next message unless that has enough already
            for (const attachmentId of entry.attachmentIds || []) {
                if (!attachmentIds.includes(attachmentId)
                        && attachmentIds.length + uploading.size < MOST_ATTACHMENTS) {
                    const item = h('li', {}, t('conversation.attachmentAgain'));
                    attached.append(item);
                    keep(item, attachmentId, t('conversation.attachmentAgain'));
                }
            }
        }
        text.value = outbox.withRefusedWords(text.value, refused);
        sessionStorage.setItem(draft, text.value);
        // a closed request has no field to hold the words: they are shown with the reason
        const why = outbox.whyRefused(refused);
        form.hidden ? say(problem, outbox.refusalNotice(refused))
            : tellComposer(refused.length > 1 ? t('conversation.refusedSeveral', refused.length, why) : why);
        if (refused.some(({error}) => ['/problems/company-suspended', '/problems/not-connected'].includes(error.type))) {
            reread(); // suspended or disconnected since the request was read: the composer learns it and says so
        }
    }
    const refused = event => {
        if (event.detail.conversationId === id) {
            refusedHere(event.detail.refused);
        }
    };
    window.addEventListener('anliegen:sent', sent);
    window.addEventListener('anliegen:refused', refused);
    document.addEventListener('visibilitychange', markRead);
    document.addEventListener('visibilitychange', lookWhenBack);
    load();
    const unsubscribe = subscribe(event => {
        if (event.type === 'message' && event.conversation?.id === id) {
            arrived(event.message);
            if (event.conversation.status !== current?.status) {
                // answered, or written to again after it was resolved: as the server has it now (an event replayed
                // after a reconnection may carry an older state)
                reread();
            }
            if (event.message.author !== 'consumer') {
                readUpTo(event.message.seq); // an answer reads what came before it (the server marks it so)
            }
            typing.textContent = '';
            markRead();
        } else if (event.type === 'status' && event.conversation?.id === id) {
            describe(event.conversation);
            remember();
        } else if (event.type === 'read' && event.conversationId === id && event.side === 'company') {
            readUpTo(event.upTo);
        } else if (event.type === 'typing' && event.conversationId === id && event.side === 'company') {
            typing.textContent = t('conversation.typing', event.agentName || heading.dataset.company);
            clearTimeout(typingTimer);
            typingTimer = setTimeout(() => typing.textContent = '', 5000);
        } else if (event.type === 'connection' && event.online) {
            load(); // back online: fetch what came meanwhile, nothing twice
        } else if (event.type === 'reload') {
            // the stream could not resume (too far behind, or a cursor the server no longer knows): the markers it
            // skipped, or messages it no longer has, are not in what is shown, so the request is read anew, whole
            shown.forEach(element => element.remove());
            shown.clear();
            lastSeq = 0;
            complete = false;
            load();
        }
    });
    function readUpTo(upTo) {
        for (const [seq, element] of shown) {
            const receipt = element.querySelector('.receipt');
            if (seq <= upTo && receipt) {
                receipt.textContent = t('conversation.read');
            }
        }
    }
    return () => {
        unsubscribe();
        grown.disconnect();
        window.removeEventListener('scroll', reachedEnd);
        window.removeEventListener('anliegen:sent', sent);
        window.removeEventListener('anliegen:refused', refused);
        document.removeEventListener('visibilitychange', markRead);
        document.removeEventListener('visibilitychange', lookWhenBack);
        clearTimeout(lookAgain);
    };
}

