// Facebook sign-in without Facebook's script (the operator's choice: only when the server offers it). The person goes
// to Facebook's login dialog and comes back to /app/ with an access token in the address's fragment; the app checks
// the state it sent, takes the token out of the address at once and hands it to the API, which keeps only Facebook's
// id for the person. The same round trip links Facebook to an account and confirms a deletion.
import {get, post, remove} from './api.js';
import * as session from './session.js';
import {t} from './i18n.js';

const SENT = 'anliegen.facebook';
let dialog = null;

/** The server's answer whether it offers Facebook sign-in ({offered, appId, url, scope}), asked once. */
export function offer() {
    dialog ??= get('/v1/auth/facebook').catch(() => {
        dialog = null; // ask again next time: the server may just have been out of reach
        return {offered: false};
    });
    return dialog;
}

/** Sends the person to Facebook's dialog, for a purpose: 'signIn', 'link' or 'delete'. */
export async function go(purpose) {
    const {url, appId, scope} = await offer();
    const state = crypto.randomUUID();
    sessionStorage.setItem(SENT, JSON.stringify({state, purpose}));
    const address = new URL(url);
    address.search = new URLSearchParams({
        client_id: appId,
        redirect_uri: location.origin + '/app/',
        response_type: 'token',
        scope,
        state,
        // ask again for a permission declined before (the e-mail address); for a deletion, the password at Facebook
        auth_type: purpose === 'delete' ? 'reauthenticate' : 'rerequest',
    }).toString();
    location.assign(address.href);
}

/**
 * Facebook's answer, if the address holds one: taken out of the address and the history at once (the token must not
 * stay there) and checked against the state this tab sent. Null when the address holds no answer.
 */
export function takeAnswer() {
    const fragment = new URLSearchParams(location.hash.substring(1));
    const query = new URLSearchParams(location.search);
    const token = fragment.get('access_token');
    const error = query.get('error') || fragment.get('error');
    if (!token && !error) {
        return null;
    }
    const sent = JSON.parse(sessionStorage.getItem(SENT) || 'null');
    sessionStorage.removeItem(SENT);
    const back = sent?.purpose === 'signIn' || !sent ? '#/conversations' : '#/account';
    history.replaceState(null, '', location.pathname + back);
    if (!sent || sent.state !== (fragment.get('state') || query.get('state'))) {
        return {purpose: 'signIn', failed: t('facebook.foreign')};
    }
    if (error) {
        return {purpose: sent.purpose, failed: t(error === 'access_denied' ? 'facebook.cancelled' : 'facebook.failed')};
    }
    return {purpose: sent.purpose, token};
}

/** Does with the token what the person went to Facebook for; answers the text to tell them. */
export async function finish(answer) {
    if (answer.failed) {
        return answer.failed;
    }
    const accessToken = answer.token;
    if (answer.purpose === 'link') {
        await post('/v1/me/identities/facebook', {accessToken});
        return t('facebook.linked');
    }
    if (answer.purpose === 'delete') {
        await remove('/v1/me', {facebookAccessToken: accessToken});
        session.forget();
        return t('account.deleted');
    }
    const signedIn = await post('/v1/auth/facebook', {accessToken});
    session.keep(signedIn.tokens);
    return signedIn.newConsumer ? t('facebook.registered') : '';
}
