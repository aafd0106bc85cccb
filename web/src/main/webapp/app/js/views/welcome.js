// Not signed in: register with names and mobile number (or sign in again the same way), confirm the SMS code, or sign
// in with a password.
import {alertBox, codeField, field, h, mobileNumberField, say, show, submitting} from '../dom.js';
import {t} from '../i18n.js';
import {explain, post, Problem, whySpent} from '../api.js';
import * as session from '../session.js';
import * as facebook from '../facebook.js';

/** typed: the names and number of a registration that is over, filled in again; why: what to say about it. */
export function welcome(view, signedIn, typed = {}, why = '') {
    // the registration waiting for its code, kept for this tab: switching the language draws the view anew
    const pending = sessionStorage.getItem(session.REGISTRATION);
    if (pending) {
        code(view, JSON.parse(pending), signedIn);
        return;
    }
    const problem = alertBox('registerProblem');
    const signInProblem = alertBox('signInProblem');
    const register = h('form', {id: 'register', class: 'card', onsubmit: submitting(async () => {
            const form = new FormData(register);
            try {
                const names = {firstName: form.get('firstName'), lastName: form.get('lastName')};
                const started = await post('/v1/registrations', {...names, mobileNumber: form.get('mobileNumber')});
                code(view, {...started, ...names}, signedIn);
            } catch (error) {
                say(problem, explain(error));
            }
        })},
        h('h2', {}, t('register.title')),
        field('firstName', t('register.firstName'), {required: true, maxlength: 100, autocomplete: 'given-name'}),
        field('lastName', t('register.lastName'), {required: true, maxlength: 100, autocomplete: 'family-name'}),
        mobileNumberField('mobileNumber', t('register.mobileNumber')),
        problem,
        h('button', {type: 'submit', id: 'sendCode'}, t('register.submit')),
        h('p', {class: 'hint'}, h('a', {href: '/privacy.xhtml'}, t('register.privacy'))));
    const signIn = h('form', {id: 'signIn', class: 'card', onsubmit: submitting(async () => {
            const form = new FormData(signIn);
            try {
                const result = await post('/v1/sessions', {login: form.get('login'), password: form.get('password')});
                session.keep(result.tokens);
                signedIn();
            } catch (error) {
                say(signInProblem, explain(error));
            }
        })},
        h('h2', {}, t('signIn.title')),
        field('login', t('signIn.login'), {required: true, maxlength: 320, autocomplete: 'username'}),
        field('password', t('signIn.password'),
            {required: true, type: 'password', maxlength: 200, autocomplete: 'current-password'}),
        signInProblem,
        h('div', {class: 'actions'},
            h('button', {type: 'submit', id: 'signInSubmit'}, t('signIn.submit')),
            h('button', {type: 'button', id: 'forgotPassword', class: 'link',
                onclick: () => forgotPassword(reset)}, t('reset.start'))));
    const reset = h('div');
    const withFacebook = h('section', {id: 'facebook', class: 'card', hidden: true},
        h('h2', {}, t('facebook.title')),
        h('p', {class: 'hint'}, t('facebook.what')),
        h('button', {type: 'button', id: 'facebookSignIn', class: 'secondary', onclick: () => facebook.go('signIn')},
            t('facebook.continue')));
    facebook.offer().then(offer => withFacebook.hidden = !offer.offered);
    show(view, h('h1', {}, t('welcome.title')), h('p', {}, t('welcome.intro')), register, signIn, reset, withFacebook);
    for (const name of ['firstName', 'lastName', 'mobileNumber']) {
        register.elements[name].value = typed[name] ?? '';
    }
    say(problem, why);
}

/** "Forgot password": a link to the confirmed e-mail address; the same answer whether or not an account has it. */
function forgotPassword(container) {
    const problem = alertBox('resetProblem');
    const sent = h('p', {id: 'resetSent', role: 'status'});
    const form = h('form', {id: 'reset', class: 'card', onsubmit: async event => {
            event.preventDefault();
            const email = new FormData(form).get('resetEmail');
            try {
                await post('/v1/password-reset', {email});
                say(problem, '');
                sent.textContent = t('reset.sent', email);
            } catch (error) {
                say(problem, explain(error));
            }
        }},
        h('h2', {}, t('reset.title')),
        h('p', {class: 'hint'}, t('reset.what')),
        field('resetEmail', t('account.email'), {type: 'email', required: true, maxlength: 254, autocomplete: 'email'}),
        problem,
        h('button', {type: 'submit', id: 'sendReset', class: 'secondary'}, t('reset.send')),
        sent);
    show(container, form);
    form.querySelector('input').focus();
}

function code(view, registration, signedIn) {
    sessionStorage.setItem(session.REGISTRATION, JSON.stringify(registration));
    const problem = alertBox('codeProblem');
    const kept = changed => {
        registration = {...registration, ...changed};
        sessionStorage.setItem(session.REGISTRATION, JSON.stringify(registration));
    };
    /** A registration that is over goes, and its form comes back with the names and number, saying why. */
    const refused = error => {
        const why = whySpent(error);
        if (why) {
            clearInterval(timer);
            sessionStorage.removeItem(session.REGISTRATION);
            welcome(view, signedIn, registration, why);
            return;
        }
        if (error instanceof Problem && error.status === 429 && error.retryAfter !== null) {
            // not yet, says the server's clock: the countdown follows it
            kept({nextCodeAllowedAt: new Date(Date.now() + error.retryAfter * 1000).toISOString()});
            countdown();
        }
        say(problem, explain(error));
    };
    const resend = h('button', {type: 'button', id: 'resend', class: 'secondary', onclick: async () => {
            try {
                kept(await post('/v1/registrations/' + registration.id + '/resend'));
                countdown();
            } catch (error) {
                refused(error);
            }
        }}, t('code.resend'));
    const wait = h('p', {id: 'resendWait', class: 'hint', 'aria-live': 'polite'});
    let timer = null;
    const countdown = () => {
        clearInterval(timer);
        const tick = () => {
            const seconds = Math.ceil((Date.parse(registration.nextCodeAllowedAt) - Date.now()) / 1000);
            resend.disabled = seconds > 0;
            wait.textContent = seconds > 0 ? t('code.resendIn', seconds) : '';
            if (seconds <= 0 || !document.body.contains(resend)) {
                clearInterval(timer);
            }
        };
        tick();
        timer = setInterval(tick, 1000);
    };
    const form = h('form', {id: 'confirm', class: 'card', onsubmit: submitting(async () => {
            try {
                const result = await post('/v1/registrations/' + registration.id + '/verification',
                    {code: new FormData(form).get('code').trim()});
                clearInterval(timer);
                sessionStorage.removeItem(session.REGISTRATION);
                session.keep(result.tokens);
                signedIn();
            } catch (error) {
                refused(error);
            }
        })},
        h('h1', {}, t('code.title')),
        h('p', {}, t('code.sent', registration.mobileNumber)),
        codeField('code', t('code.code')),
        problem,
        h('button', {type: 'submit', id: 'confirmCode'}, t('code.submit')),
        resend,
        wait,
        h('button', {type: 'button', id: 'otherNumber', class: 'link', onclick: () => {
            clearInterval(timer);
            sessionStorage.removeItem(session.REGISTRATION);
            welcome(view, signedIn);
        }}, t('code.other')));
    show(view, form);
    countdown();
    form.querySelector('input').focus();
}
