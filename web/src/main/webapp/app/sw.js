// The app shell comes from the cache, so the app opens without a connection; the API and the stream never do. And the
// push notifications the server sends (Web Push, encrypted for this browser): shown, and a tap opens the request.
const SHELL = 'anliegen-shell-8';
const FILES = [
    './', 'index.html', '../favicon.svg', '../resources/anliegen/css/anliegen.css', 'app.css', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
    'js/main.js', 'js/api.js', 'js/dom.js', 'js/i18n.js', 'js/session.js', 'js/stream.js', 'js/outbox.js', 'js/db.js', 'js/saved.js', 'js/facebook.js', 'js/files.js', 'js/push.js', 'js/analytics.js',
    'js/views/welcome.js', 'js/views/companies.js', 'js/views/conversations.js', 'js/views/conversation.js', 'js/views/account.js',
];

self.addEventListener('install', event => {
    event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(keys => Promise.all(keys.filter(key => key !== SHELL).map(key => caches.delete(key))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    const url = new URL(event.request.url);
    const shell = url.pathname.startsWith('/app/')
        || ['/favicon.svg', '/resources/anliegen/css/anliegen.css'].includes(url.pathname);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !shell) {
        return;
    }
    // network first, so a new version shows at once; the cached shell when offline. An address with a query is never
    // kept: it is Facebook's one-time code coming back (the shell has no query of its own)
    event.respondWith(fetch(event.request)
        .then(response => {
            if (response.ok && !url.search) {
                const copy = response.clone();
                caches.open(SHELL).then(cache => cache.put(event.request, copy));
            }
            return response;
        })
        .catch(() => caches.match(event.request, {ignoreSearch: true})));
});

self.addEventListener('push', event => {
    let notice = {title: 'Anliegen', body: '', link: '/app/', tag: 'anliegen'};
    try {
        notice = {...notice, ...event.data?.json()};
    } catch (unreadable) {
        // shown as it is: something is new
    }
    event.waitUntil(self.registration.showNotification(notice.title, {
        body: notice.body,
        tag: notice.tag,
        icon: 'icons/icon-192.png',
        data: {link: notice.link},
    }));
});

self.addEventListener('notificationclick', event => {
    event.notification.close();
    const link = new URL(event.notification.data?.link || '/app/', self.location.origin);
    if (link.origin !== self.location.origin) {
        return;
    }
    event.waitUntil(self.clients.matchAll({type: 'window', includeUncontrolled: true}).then(windows => {
        const app = windows.find(window => new URL(window.url).pathname.startsWith('/app/'));
        return app ? app.focus().then(focused => focused.navigate(link.href)) : self.clients.openWindow(link.href);
    }));
});
