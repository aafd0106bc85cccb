// The person's account: who is signed in, the privacy choices, the data export, signing out, deleting the account.
import {alertBox, dataUrlOf, field, h, save, say, show} from '../dom.js';
import {language, t} from '../i18n.js';
import {call, download, explain, get, post, put, remove, upload} from '../api.js';
import * as session from '../session.js';

export function account(view, signOut) {
    const problem = alertBox('accountProblem');
    const who = h('dl', {id: 'who', class: 'facts'});
    const consents = h('form', {id: 'consents', onsubmit: saveConsents});
    const saved = h('p', {id: 'consentsSaved', class: 'hint', role: 'status'});
    let current = [];

    async function loadConsents() {
        current = await get('/v1/me/consents');
        show(consents,
            current.map(consent => h('div', {class: 'field checkbox'},
                h('input', {type: 'checkbox', id: 'consent-' + consent.purpose, name: consent.purpose,
                    checked: consent.granted}),
                h('label', {for: 'consent-' + consent.purpose}, consent.wording[language()]))),
            h('button', {type: 'submit', id: 'saveConsents', class: 'secondary'}, t('account.consents.save')),
            saved);
    }

    async function saveConsents(event) {
        event.preventDefault();
        try {
            await put('/v1/me/consents', {consents: current.map(consent => ({
                purpose: consent.purpose,
                granted: consents.elements[consent.purpose].checked,
                version: consent.currentVersion,
            }))});
            await loadConsents();
            saved.textContent = t('account.consents.saved');
        } catch (error) {
            say(problem, explain(error));
        }
    }

    async function exportData() {
        try {
            save(await download('/v1/me/export?language=' + language()), 'anliegen-export.zip');
        } catch (error) {
            say(problem, explain(error));
        }
    }

    const deletion = h('div', {id: 'deletion'},
        h('button', {type: 'button', id: 'startDeletion', class: 'secondary', onclick: () => confirmDeletion(deletion)},
            t('account.delete.start')));

    const profile = h('section', {class: 'card', id: 'profile'});
    const done = h('p', {id: 'profileSaved', class: 'hint', role: 'status'});

    function showProfile(me) {
        const names = h('form', {id: 'names', onsubmit: async event => {
                event.preventDefault();
                const data = new FormData(names);
                await attempt(() => call('PATCH', '/v1/me', {firstName: data.get('firstName'),
                    lastName: data.get('lastName')}), t('account.profile.saved'));
            }},
            field('firstName', t('register.firstName'), {required: true, maxlength: 100, value: me.firstName,
                autocomplete: 'given-name'}),
            field('lastName', t('register.lastName'), {required: true, maxlength: 100, value: me.lastName,
                autocomplete: 'family-name'}),
            h('button', {type: 'submit', id: 'saveNames', class: 'secondary'}, t('account.profile.save')));
        const email = h('form', {id: 'email', onsubmit: async event => {
                event.preventDefault();
                const address = new FormData(email).get('emailAddress');
                await attempt(() => put('/v1/me/email', {email: address}), t('account.email.sent', address));
            }},
            h('p', {class: 'hint'}, me.email ? t('account.email.confirmed', me.email) : t('account.email.none')),
            field('emailAddress', t('account.email'), {type: 'email', required: true, maxlength: 254,
                autocomplete: 'email'}),
            h('button', {type: 'submit', id: 'saveEmail', class: 'secondary'}, t('account.email.send')));
        let verificationId = null;
        const number = h('form', {id: 'number', onsubmit: async event => {
                event.preventDefault();
                const data = new FormData(number);
                if (verificationId === null) {
                    await attempt(async () => {
                        verificationId = (await put('/v1/me/mobile-number', {mobileNumber: data.get('newNumber')})).id;
                        number.querySelector('.proof').replaceChildren(field('numberCode', t('code.code'),
                            {required: true, inputmode: 'numeric', pattern: '\\d{6}', maxlength: 6,
                                autocomplete: 'one-time-code'}));
                    }, t('account.number.sent'));
                } else {
                    await attempt(async () => {
                        const changed = await post('/v1/me/mobile-number/verification',
                            {verificationId, code: data.get('numberCode').trim()});
                        verificationId = null;
                        showProfile(changed);
                    }, t('account.number.changed'));
                }
            }},
            field('newNumber', t('account.number.new'), {type: 'tel', required: true, maxlength: 40,
                autocomplete: 'tel', placeholder: '+49 151 …'}),
            h('div', {class: 'proof'}),
            h('button', {type: 'submit', id: 'changeNumber', class: 'secondary'}, t('account.number.change')));
        const picture = h('img', {id: 'picture', alt: t('account.picture'), class: 'thumbnail', hidden: true});
        download('/v1/me/picture').then(dataUrlOf).then(url => {
            picture.src = url;
            picture.hidden = false;
        }).catch(() => {});
        const picker = h('input', {type: 'file', id: 'pictureFile', accept: 'image/jpeg,image/png',
            class: 'visually-hidden', onchange: async () => {
                const file = picker.files[0];
                if (file) {
                    await attempt(() => upload('/v1/me/picture', file, () => {}, 'PUT'), t('account.picture.saved'));
                    picture.src = await dataUrlOf(file);
                    picture.hidden = false;
                }
            }});
        const password = h('form', {id: 'password', onsubmit: async event => {
                event.preventDefault();
                const data = new FormData(password);
                await attempt(() => put('/v1/me/password', {currentPassword: data.get('currentPassword') || null,
                    newPassword: data.get('newPassword')}), t('account.password.saved'));
                password.reset();
            }},
            me.hasPassword ? field('currentPassword', t('account.password.current'), {type: 'password',
                required: true, autocomplete: 'current-password'}) : null,
            field('newPassword', t('account.password.new'), {type: 'password', required: true, minlength: 10,
                maxlength: 200, autocomplete: 'new-password'}),
            h('button', {type: 'submit', id: 'savePassword', class: 'secondary'}, t('account.password.save')));
        show(profile,
            h('h2', {}, t('account.profile')),
            names,
            h('h3', {}, t('account.number')), number,
            h('h3', {}, t('account.email')), email,
            h('h3', {}, t('account.picture')), picture,
            h('p', {}, h('label', {for: 'pictureFile', class: 'button secondary'}, t('account.picture.choose')), picker),
            h('h3', {}, me.hasPassword ? t('account.password.change') : t('account.password.choose')), password,
            done);
    }

    async function attempt(action, text) {
        say(problem, '');
        done.textContent = '';
        try {
            await action();
            done.textContent = text;
        } catch (error) {
            say(problem, explain(error));
        }
    }

    show(view,
        h('h1', {}, t('account.title')),
        problem,
        h('section', {class: 'card'}, who),
        profile,
        h('section', {class: 'card'},
            h('h2', {}, t('account.consents')),
            h('p', {class: 'hint'}, t('account.consents.hint')),
            consents),
        h('section', {class: 'card'},
            h('h2', {}, t('account.export')),
            h('p', {class: 'hint'}, t('account.export.hint')),
            h('button', {type: 'button', id: 'exportData', class: 'secondary', onclick: exportData},
                t('account.export.download'))),
        h('section', {class: 'card'},
            h('h2', {}, t('account.sessions')),
            h('p', {class: 'hint'}, t('account.sessions.hint')),
            h('div', {class: 'actions'},
                h('button', {type: 'button', id: 'signOut', class: 'secondary',
                    onclick: () => signOut('/v1/sessions/current')}, t('nav.signOut')),
                h('button', {type: 'button', id: 'signOutEverywhere', class: 'secondary',
                    onclick: () => signOut('/v1/sessions')}, t('nav.signOutEverywhere')))),
        h('section', {class: 'card'},
            h('h2', {}, t('account.delete')),
            h('p', {}, t('account.delete.what')),
            deletion));
    get('/v1/me')
        .then(me => {
            showProfile(me);
            show(who,
                h('dt', {}, t('account.name')), h('dd', {}, me.firstName + ' ' + me.lastName),
                h('dt', {}, t('account.mobileNumber')), h('dd', {}, me.mobileNumber || '–'),
                me.restricted
                    ? [h('dt', {}, t('account.restricted')), h('dd', {}, t('account.restricted.text'))]
                    : null);
        })
        .catch(error => say(problem, explain(error)));
    loadConsents().catch(error => say(problem, explain(error)));
}

/** Deleting needs proof that it is the person: the password, or a fresh code sent to their number. */
function confirmDeletion(container) {
    const problem = alertBox('deletionProblem');
    let verificationId = null;
    const form = h('form', {id: 'confirmDeletion', onsubmit: async event => {
            event.preventDefault();
            const data = new FormData(form);
            const proof = verificationId
                ? {verificationId, code: data.get('deletionCode').trim()}
                : {password: data.get('deletionPassword')};
            try {
                await remove('/v1/me', proof);
                session.forget();
                location.hash = '#/';
                window.dispatchEvent(new Event('anliegen:signed-out'));
            } catch (error) {
                say(problem, explain(error));
            }
        }},
        field('deletionPassword', t('signIn.password'), {type: 'password', autocomplete: 'current-password'}),
        h('p', {}, h('button', {type: 'button', id: 'sendDeletionCode', class: 'link', onclick: async () => {
                try {
                    verificationId = (await post('/v1/me/identity-check')).id;
                    show(form.querySelector('.proof'),
                        field('deletionCode', t('code.code'), {required: true, inputmode: 'numeric',
                            pattern: '\\d{6}', maxlength: 6, autocomplete: 'one-time-code'}));
                } catch (error) {
                    say(problem, explain(error));
                }
            }}, t('account.delete.byCode'))),
        h('div', {class: 'proof'}),
        problem,
        h('button', {type: 'submit', id: 'deleteAccount', class: 'danger'}, t('account.delete.confirm')));
    show(container, form);
}
