// The person's account: who is signed in, and signing out of this app or of every app at once.
import {alertBox, h, say, show} from '../dom.js';
import {t} from '../i18n.js';
import {get} from '../api.js';
import {message} from './welcome.js';

export function account(view, signOut) {
    const problem = alertBox('accountProblem');
    const who = h('dl', {id: 'who', class: 'facts'});
    show(view,
        h('h1', {}, t('account.title')),
        problem,
        h('section', {class: 'card'}, who),
        h('section', {class: 'card'},
            h('h2', {}, t('account.sessions')),
            h('p', {class: 'hint'}, t('account.sessions.hint')),
            h('div', {class: 'actions'},
                h('button', {type: 'button', id: 'signOut', class: 'secondary',
                    onclick: () => signOut('/v1/sessions/current')}, t('nav.signOut')),
                h('button', {type: 'button', id: 'signOutEverywhere', class: 'secondary',
                    onclick: () => signOut('/v1/sessions')}, t('nav.signOutEverywhere')))));
    get('/v1/me')
        .then(me => show(who,
            h('dt', {}, t('account.name')), h('dd', {}, me.firstName + ' ' + me.lastName),
            h('dt', {}, t('account.mobileNumber')), h('dd', {}, me.mobileNumber || '–'),
            me.restricted ? [h('dt', {}, t('account.restricted')), h('dd', {}, t('account.restricted.text'))] : null))
        .catch(error => say(problem, message(error)));
}
