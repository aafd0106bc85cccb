// Notifications on this device (Web Push): with the consent "notifications", the browser's permission and a
// subscription under the server's key, registered with the API for this sign-in. The service worker shows what comes
// (sw.js); the server sends only the company's name, and the request's subject where the person chose previews.
import {get, put, remove} from './api.js';
import {language} from './i18n.js';

const DEVICE = 'anliegen.device';
const PREVIEWS = 'anliegen.push.previews';
const OFFERED = 'anliegen.push.offered';
let serverKey = null;

/** Whether this browser and this server can do it at all. */
export async function available() {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
        return false;
    }
    serverKey ??= get('/v1/push/key').then(answer => answer.key).catch(() => {
        serverKey = null; // ask again next time
        return null;
    });
    return (await serverKey) !== null;
}

/**
 * Whether notifications are on for this device now: the browser keeps its subscription, and the server still has it
 * (it forgets every device's when the consent is withdrawn, or when the push service says the device is gone).
 */
export async function on() {
    const id = localStorage.getItem(DEVICE);
    if (Notification.permission !== 'granted' || id === null || (await subscription()) === null) {
        return false;
    }
    return (await get('/v1/me/push-subscriptions')).some(registered => registered.id === id);
}

export function previews() {
    return localStorage.getItem(PREVIEWS) === 'true';
}

/**
 * Switches them on: the consent (its current wording), the browser's permission, the subscription. Answers false when
 * the person did not allow them in the browser.
 */
export async function switchOn(showPreviews) {
    const consents = await get('/v1/me/consents');
    const notifications = consents.find(consent => consent.purpose === 'notifications');
    if (!notifications.granted) {
        await put('/v1/me/consents', {consents: [
            {purpose: 'notifications', granted: true, version: notifications.currentVersion}]});
    }
    if (await Notification.requestPermission() !== 'granted') {
        return false;
    }
    localStorage.setItem(PREVIEWS, String(Boolean(showPreviews)));
    await register(await subscribe());
    return true;
}

/** Switches them off on this device (the consent stays as it is: the account's privacy choices change it). */
export async function switchOff() {
    const id = localStorage.getItem(DEVICE);
    const current = await subscription();
    await current?.unsubscribe().catch(() => {});
    if (id) {
        await remove('/v1/me/push-subscriptions/' + id).catch(() => {});
    }
}

/**
 * At every start of the signed-in app: renews this device's subscription (a new server key, a new sign-in). Also when
 * the consent is given again: the device that had notifications on has them again.
 */
export async function renew() {
    if (!await available() || Notification.permission !== 'granted' || localStorage.getItem(DEVICE) === null) {
        return;
    }
    const current = await subscription();
    if (current === null) {
        return;
    }
    const key = await serverKey;
    const same = current.options.applicationServerKey
        && base64url(current.options.applicationServerKey) === key;
    await register(same ? current : await current.unsubscribe().then(subscribe));
}

/** Asked once, at a sensible moment (after the first request was sent), never at the first start. */
export async function worthOffering() {
    return localStorage.getItem(OFFERED) === null && await available() && Notification.permission === 'default';
}

export function offered() {
    localStorage.setItem(OFFERED, new Date().toISOString());
}

/**
 * This device's subscription, or null. Asks for the worker's registration, not for {@code ready}: that never comes
 * where the worker could not be installed, and signing out must not wait for it.
 */
async function subscription() {
    const registration = await navigator.serviceWorker?.getRegistration();
    return registration ? registration.pushManager.getSubscription() : null;
}

async function subscribe() {
    const registration = await navigator.serviceWorker.ready;
    return registration.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: await serverKey});
}

async function register(subscription) {
    let id = localStorage.getItem(DEVICE);
    if (id === null) {
        id = crypto.randomUUID();
        localStorage.setItem(DEVICE, id);
    }
    const json = subscription.toJSON();
    await put('/v1/me/push-subscriptions/' + id,
        {endpoint: json.endpoint, keys: json.keys, previews: previews(), language: language()});
}

function base64url(buffer) {
    return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
