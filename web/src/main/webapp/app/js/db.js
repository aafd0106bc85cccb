// The app's own database in this browser (IndexedDB): the outbox of messages written offline, and the last state of
// the requests seen, so that they can be read without a connection (both go when the person signs out); and the
// Facebook dialogs this browser opened and has not heard back from (facebook.js).
const NAME = 'anliegen';
export const OUTBOX = 'outbox';
export const SAVED = 'saved';
export const FACEBOOK = 'facebook';

function database() {
    return new Promise((resolve, reject) => {
        const request = indexedDB.open(NAME, 3);
        request.onupgradeneeded = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains(OUTBOX)) {
                db.createObjectStore(OUTBOX, {keyPath: 'clientMessageId'});
            }
            if (!db.objectStoreNames.contains(SAVED)) {
                db.createObjectStore(SAVED);
            }
            if (!db.objectStoreNames.contains(FACEBOOK)) {
                db.createObjectStore(FACEBOOK);
            }
        };
        request.onsuccess = () => {
            const db = request.result;
            db.onversionchange = () => db.close(); // a newer version of the app in another tab wants to upgrade
            resolve(db);
        };
        request.onerror = () => reject(request.error);
        // an older version of the app in another tab still holds the database: try again next time
        request.onblocked = () => reject(new Error('The app is open in another tab with an older version.'));
    });
}

/** Runs work on one store in one transaction; answers the result of the request work returns, once committed. */
export async function transact(storeName, mode, work) {
    const db = await database();
    return new Promise((resolve, reject) => {
        const transaction = db.transaction(storeName, mode);
        const result = work(transaction.objectStore(storeName));
        transaction.oncomplete = () => {
            db.close();
            resolve(result.result);
        };
        transaction.onerror = transaction.onabort = () => {
            db.close();
            reject(transaction.error);
        };
    });
}

/** Empties both stores: nothing of this person stays in the browser after signing out. */
export function clear() {
    return Promise.all([OUTBOX, SAVED].map(store => transact(store, 'readwrite', objects => objects.clear())));
}
