// Product analytics, with the consent "product-analytics" only: which screens are opened, counted by the server like
// the website's pages (the day, the screen, the shortened IP address), never with the person's name or the id of a
// request or a company. Nothing is sent while the browser asks not to be tracked. Counting never disturbs the view.
import {get, post, Problem} from './api.js';

let granted = null; // not known until the consents are read once after a sign-in
let reading = null;

function notToBeTracked() {
    return navigator.globalPrivacyControl === true || navigator.doNotTrack === '1';
}

/** The consents as just read or saved: counting follows the consent to product analytics at once. */
export function consentsAre(consents) {
    granted = consents.some(consent => consent.purpose === 'product-analytics' && consent.granted);
}

/** Counts the screen (one of the server's AppScreen keys) if the person consents to product analytics now. */
export async function count(screen) {
    if (notToBeTracked()) {
        return;
    }
    try {
        if (granted === null) {
            reading ??= get('/v1/me/consents').then(consentsAre).finally(() => { reading = null; });
            await reading;
        }
        if (granted) {
            await post('/v1/me/screen-views', {screen});
        }
    } catch (error) {
        if (error instanceof Problem && error.type.endsWith('/consent-required')) {
            granted = false; // withdrawn elsewhere: the server counts nothing, and this app stops asking
        }
    }
}

/** Signed out (here or in another tab): the consent of whoever signs in next is read anew. */
export function forget() {
    granted = null;
}
