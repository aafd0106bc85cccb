// The person's account: who is signed in, the privacy choices, the data export, signing out, deleting the account.
import {alertBox, codeField, dataUrlOf, field, h, mobileNumberField, save, say, show, submitting, tell}
    from '../dom.js';
import {language, t} from '../i18n.js';
import {call, download, explain, get, post, Problem, put, remove, upload, whySpent} from '../api.js';
import * as session from '../session.js';
import * as facebook from '../facebook.js';
import * as push from '../push.js';
import * as analytics from '../analytics.js';
import {fitted, PICTURE_BYTES, PICTURE_SIDE} from '../files.js';

export function account(view, signOut) {
    const problem = alertBox('accountProblem');
    const who = h('dl', {id: 'who', class: 'facts'});
    const consents = h('form', {id: 'consents', onsubmit: saveConsents});
    const saved = h('p', {id: 'consentsSaved', class: 'hint', role: 'status'});
    const notifications = h('div', {id: 'notifications'});
    let current = [];
    let showPushState = null; // sets the notifications' switch from the truth, once they are drawn

    async function showNotifications() {
        if (!await push.available()) {
            show(notifications, h('p', {id: 'pushUnavailable', class: 'hint'}, t('push.unavailable')));
            return;
        }
        const on = h('input', {type: 'checkbox', id: 'pushOn'});
        const previews = h('input', {type: 'checkbox', id: 'pushPreviews', checked: push.previews()});
        const why = h('p', {id: 'pushWithdrawn', class: 'hint', hidden: true}, t('push.withdrawn'));
        const done = h('p', {id: 'pushSaved', class: 'hint', role: 'status'});
        showPushState = async () => {
            done.textContent = ''; // what an earlier "Apply" said may hold no longer
            on.checked = await push.on();
            why.hidden = !withdrawn('notifications');
        };
        const apply = async () => {
            done.textContent = '';
            try {
                let said;
                if (on.checked) {
                    said = await push.switchOn(previews.checked) ? t('push.saved.on') : t('push.denied');
                } else {
                    await push.switchOff();
                    said = t('push.saved.off');
                }
                await loadConsents(); // switching on gives the consent
                done.textContent = said;
            } catch (error) {
                say(problem, explain(error));
            }
        };
        await showPushState();
        show(notifications,
            h('div', {class: 'field checkbox'}, on, h('label', {for: 'pushOn'}, t('push.on'))),
            why,
            h('div', {class: 'field checkbox'}, previews, h('label', {for: 'pushPreviews'}, t('push.previews'))),
            h('button', {type: 'button', id: 'savePush', class: 'secondary', onclick: apply}, t('push.save')),
            done);
    }

    /** Whether the person withdrew this consent (not: never gave it). */
    function withdrawn(purpose) {
        const consent = current.find(consent => consent.purpose === purpose);
        return Boolean(consent && !consent.granted && consent.decidedAt);
    }

    const granted = (consents, purpose) => consents.some(consent => consent.purpose === purpose && consent.granted);

    /** Draws the consents as the server has them now, each ticked as chosen where the person's choices are kept. */
    async function loadConsents(choices = {}) {
        current = await get('/v1/me/consents');
        analytics.consentsAre(current);
        show(consents,
            current.map(consent => h('div', {class: 'field checkbox'},
                h('input', {type: 'checkbox', id: 'consent-' + consent.purpose, name: consent.purpose,
                    checked: choices[consent.purpose] ?? consent.granted}),
                h('label', {for: 'consent-' + consent.purpose}, consent.wording[language()]))),
            h('button', {type: 'submit', id: 'saveConsents', class: 'secondary'}, t('account.consents.save')),
            saved);
        // withdrawing the consent "notifications" ends every device's subscription on the server
        await showPushState?.();
    }

    async function saveConsents(event) {
        event.preventDefault();
        say(problem, '');
        saved.textContent = '';
        const choices = Object.fromEntries(current.map(consent =>
            [consent.purpose, consents.elements[consent.purpose].checked]));
        try {
            const decided = await put('/v1/me/consents', {consents: current.map(consent => ({
                purpose: consent.purpose,
                granted: choices[consent.purpose],
                version: consent.currentVersion,
            }))});
            if (granted(decided, 'notifications') && !granted(current, 'notifications')) {
                // given again: a device that had notifications on before the withdrawal has them again
                await push.renew().catch(() => {});
            }
            await loadConsents();
            saved.textContent = t('account.consents.saved');
        } catch (error) {
            if (error instanceof Problem && error.type === '/problems/consent-wording-changed') {
                // the new wording is shown with the person's choices kept: read, saved again, it goes through
                await loadConsents(choices).catch(() => {});
            }
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

    let me = null;
    const deletion = h('div', {id: 'deletion'},
        h('button', {type: 'button', id: 'startDeletion', class: 'secondary',
            onclick: () => me && confirmDeletion(deletion, me)}, t('account.delete.start')));

    const profile = h('section', {class: 'card', id: 'profile'});
    const done = h('p', {id: 'profileSaved', class: 'hint', role: 'status'});

    function showWho(current) {
        me = current;
        show(who,
            h('dt', {}, t('account.name')), h('dd', {}, me.firstName + ' ' + me.lastName),
            h('dt', {}, t('account.mobileNumber')), h('dd', {}, me.mobileNumber || '–'),
            h('dt', {}, t('account.email')), h('dd', {}, me.email || '–'),
            me.restricted
                ? [h('dt', {}, t('account.restricted')), h('dd', {}, t('account.restricted.text'))]
                : null);
    }

    function showProfile(me) {
        const names = h('form', {id: 'names', onsubmit: async event => {
                event.preventDefault();
                const data = new FormData(names);
                await attempt(async () => showWho(await call('PATCH', '/v1/me', {firstName: data.get('firstName'),
                    lastName: data.get('lastName')})), t('account.profile.saved'));
            }},
            field('firstName', t('register.firstName'), {required: true, maxlength: 100, value: me.firstName,
                autocomplete: 'given-name'}),
            field('lastName', t('register.lastName'), {required: true, maxlength: 100, value: me.lastName,
                autocomplete: 'family-name'}),
            h('button', {type: 'submit', id: 'saveNames', class: 'secondary'}, t('account.profile.save')));
        const pending = h('p', {class: 'hint', id: 'emailPending'},
            me.emailPending ? t('account.email.pending', me.emailPending) : '');
        const email = h('form', {id: 'email', onsubmit: async event => {
                event.preventDefault();
                const address = new FormData(email).get('emailAddress');
                await attempt(async () => {
                    await put('/v1/me/email', {email: address});
                    pending.textContent = t('account.email.pending', address);
                }, t('account.email.sent', address));
            }},
            h('p', {class: 'hint', id: 'emailState'}, me.email ? t('account.email.confirmed', me.email) : t('account.email.none')),
            pending,
            field('emailAddress', t('account.email'), {type: 'email', required: true, maxlength: 254,
                autocomplete: 'email'}),
            h('button', {type: 'submit', id: 'saveEmail', class: 'secondary'}, t('account.email.send')));
        let verification = null; // the code sent to the new number: a number corrected after that gets its own code
        const proof = h('div', {class: 'proof'});
        const newCode = h('button', {type: 'submit', id: 'newNumberCode', class: 'link', formnovalidate: true,
            hidden: true}, t('code.resend'));
        const number = h('form', {id: 'number',
            oninput: event => event.target.name === 'newNumber' && forgetCode(),
            onsubmit: submitting(async event => {
                if (verification === null || event.submitter === newCode) {
                    await attempt(async () => {
                        verification = await put('/v1/me/mobile-number',
                            {mobileNumber: new FormData(number).get('newNumber')});
                        show(proof, codeField('numberCode', t('code.code')));
                        newCode.hidden = false;
                    }, t('account.number.sent'), numberRefused);
                } else {
                    await attempt(async () => {
                        const changed = await post('/v1/me/mobile-number/verification',
                            {verificationId: verification.id, code: new FormData(number).get('numberCode').trim()});
                        verification = null;
                        showWho(changed);
                        showProfile(changed);
                    }, t('account.number.changed'), numberRefused);
                }
            })},
            mobileNumberField('newNumber', t('account.number.new')),
            proof,
            h('button', {type: 'submit', id: 'changeNumber', class: 'secondary'}, t('account.number.change')),
            newCode);

        /** The code's field goes (the number was corrected, or the code cannot be confirmed): "Continue" sends anew. */
        function forgetCode() {
            verification = null;
            proof.replaceChildren();
            newCode.hidden = true;
        }

        function numberRefused(error) {
            const why = whySpent(error);
            if (why) {
                forgetCode();
                return why;
            }
            return error instanceof Problem && error.status === 409 ? t('account.number.taken') : explain(error);
        }

        const picture = h('img', {id: 'picture', alt: t('account.picture'), class: 'thumbnail', hidden: true});
        const removePicture = h('button', {type: 'button', id: 'removePicture', class: 'link', hidden: true,
            onclick: () => attempt(async () => {
                await remove('/v1/me/picture');
                picture.hidden = removePicture.hidden = true;
            }, t('account.picture.removed'))}, t('account.picture.remove'));
        if (me.hasPicture) {
            download('/v1/me/picture').then(dataUrlOf).then(url => {
                picture.src = url;
                picture.hidden = removePicture.hidden = false;
            }).catch(error => say(problem, explain(error)));
        }
        const picker = h('input', {type: 'file', id: 'pictureFile', accept: 'image/jpeg,image/png',
            class: 'visually-hidden', onchange: async () => {
                const file = picker.files[0];
                if (file) {
                    await attempt(async () => {
                        // a photo from the camera is larger than the server takes: drawn anew, upright, as large as
                        // the server keeps it (and nothing of its metadata leaves the phone)
                        const drawn = await fitted(file, PICTURE_BYTES, PICTURE_SIDE);
                        if (!drawn) {
                            throw new Problem(415, {}); // no picture the browser can read: the server takes none either
                        }
                        await upload('/v1/me/picture', drawn, () => {}, 'PUT');
                        picture.src = await dataUrlOf(drawn);
                        picture.hidden = removePicture.hidden = false;
                    }, t('account.picture.saved'), pictureRefused);
                    picker.value = '';
                }
            }});
        const password = h('form', {id: 'password', onsubmit: async event => {
                event.preventDefault();
                const data = new FormData(password);
                await attempt(async () => {
                    await put('/v1/me/password', {currentPassword: data.get('currentPassword') || null,
                        newPassword: data.get('newPassword')});
                    if (!me.hasPassword) {
                        showProfile({...me, hasPassword: true}); // a second change asks for this password
                    }
                }, t('account.password.saved'));
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
            h('h3', {}, me.mobileNumber ? t('account.number') : t('account.number.add')), number,
            h('h3', {}, t('account.email')), email,
            h('h3', {}, t('account.picture')), picture,
            h('p', {class: 'actions'},
                h('label', {for: 'pictureFile', class: 'button secondary'}, t('account.picture.choose')), picker,
                removePicture),
            h('h3', {}, me.hasPassword ? t('account.password.change') : t('account.password.choose')), password,
            facebookSection(me),
            done);
    }

    /** Linking Facebook goes through Facebook's dialog (main.js finishes it); unlinking keeps everything else. */
    function facebookSection(me) {
        const section = h('div', {id: 'facebookLink'});
        facebook.offer().then(offer => {
            if (!me.facebookLinked && !offer.offered) {
                return;
            }
            show(section,
                h('h3', {}, t('facebook.title')),
                h('p', {class: 'hint'}, me.facebookLinked ? t('facebook.isLinked') : t('facebook.what')),
                me.facebookLinked
                    ? h('button', {type: 'button', id: 'unlinkFacebook', class: 'secondary',
                        onclick: () => attempt(async () => {
                            const unlinked = await remove('/v1/me/identities/facebook');
                            const changed = await get('/v1/me');
                            showWho(changed);
                            showProfile(changed);
                            return unlinked.passwordRequired && !changed.mobileNumber
                                ? t('facebook.unlinked.choosePassword') : t('facebook.unlinked');
                        })}, t('facebook.unlink'))
                    : h('button', {type: 'button', id: 'linkFacebook', class: 'secondary',
                        onclick: () => facebook.go('link')}, t('facebook.link')));
        });
        return section;
    }

    /** Runs a change and says it worked: with this text, or the one the change answers. */
    /** Does it and says how it went, brought into view: on a phone the form may be far from either text. */
    async function attempt(action, text, explainRefusal = explain) {
        say(problem, '');
        done.textContent = '';
        try {
            const said = await action();
            done.textContent = text || said;
            done.scrollIntoView({block: 'nearest'});
        } catch (error) {
            say(problem, explainRefusal(error));
            problem.scrollIntoView({block: 'nearest'});
        }
    }

    /** A picture's refusals name the picture's own limits, not those of a conversation's files. */
    function pictureRefused(error) {
        if (error instanceof Problem && error.status === 415) {
            return t('problem.unsupported-picture');
        }
        if (error instanceof Problem && error.status === 413) {
            return t('problem.picture-file-too-large');
        }
        return explain(error);
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
            h('h2', {}, t('push.title')),
            h('p', {class: 'hint'}, t('push.hint')),
            notifications),
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
        .then(current => {
            showWho(current);
            showProfile(current);
        })
        .catch(error => say(problem, explain(error)));
    loadConsents().catch(error => say(problem, explain(error)));
    showNotifications().catch(error => say(problem, explain(error)));
}

/**
 * Deleting needs proof that it is the person: the password, a fresh code sent to their number, or Facebook's
 * confirmation of the linked account (main.js deletes when the person comes back from Facebook).
 */
function confirmDeletion(container, me) {
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
                tell(() => t('account.deleted'), false, '#/');
                location.hash = '#/';
                window.dispatchEvent(new Event('anliegen:signed-out'));
            } catch (error) {
                say(problem, explain(error));
            }
        }},
        me.hasPassword
            ? field('deletionPassword', t('signIn.password'), {type: 'password', autocomplete: 'current-password'})
            : null,
        me.mobileNumber
            ? h('p', {}, h('button', {type: 'button', id: 'sendDeletionCode', class: 'link', onclick: async () => {
                try {
                    verificationId = (await post('/v1/me/identity-check')).id;
                    show(form.querySelector('.proof'), codeField('deletionCode', t('code.code')));
                } catch (error) {
                    say(problem, explain(error));
                }
            }}, me.hasPassword ? t('account.delete.byCode') : t('account.delete.sendCode')))
            : null,
        h('div', {class: 'proof'}),
        problem,
        me.hasPassword || me.mobileNumber
            ? h('button', {type: 'submit', id: 'deleteAccount', class: 'danger'}, t('account.delete.confirm'))
            : null,
        h('p', {class: 'withFacebook'}));
    show(container, form);
    facebook.offer().then(offer => me.facebookLinked && offer.offered && show(form.querySelector('.withFacebook'),
        h('button', {type: 'button', id: 'deleteWithFacebook', class: 'danger', onclick: () => facebook.go('delete')},
            t('account.delete.byFacebook'))));
}
