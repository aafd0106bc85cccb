// The app shell comes from the cache, so the app opens without a connection; the API and the stream never do.
const SHELL = 'anliegen-shell-6';
const FILES = [
    './', 'index.html', '../favicon.svg', '../resources/anliegen/css/anliegen.css', 'app.css', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
    'js/main.js', 'js/api.js', 'js/dom.js', 'js/i18n.js', 'js/session.js', 'js/stream.js', 'js/outbox.js', 'js/db.js', 'js/saved.js', 'js/facebook.js', 'js/files.js',
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
