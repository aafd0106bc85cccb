// The participating companies: search, see their profile, connect and disconnect (saying what connecting allows).
import {alertBox, h, say, show} from '../dom.js';
import {t} from '../i18n.js';
import {explain, get, post, remove} from '../api.js';

export function companies(view) {
    const problem = alertBox('companiesProblem');
    const results = h('ul', {id: 'companyList', class: 'list'});
    const search = h('form', {role: 'search', class: 'search', onsubmit: event => {
            event.preventDefault();
            load(new FormData(search).get('q'));
        }},
        h('label', {for: 'q'}, t('companies.search')),
        h('input', {id: 'q', name: 'q', type: 'search', maxlength: 100}),
        h('button', {type: 'submit'}, t('companies.searchSubmit')));

    async function load(query) {
        try {
            const [page, connections] = await Promise.all([
                get('/v1/companies?limit=50&q=' + encodeURIComponent(query || '')),
                get('/v1/me/companies'),
            ]);
            const connected = new Map(connections.map(connection => [connection.company.handle, connection]));
            // no search finds a company that takes no requests now: the person's connections with one are listed
            // first, so that they see it and can disconnect
            const paused = connections.filter(connection => !connection.takesRequests
                && found(connection.company, query));
            say(problem, ''); // a problem of an earlier search or connection is over
            show(results, page.companies.length + paused.length === 0
                ? h('li', {}, t('companies.none'))
                : [...paused.map(connection => item(connection.company, connection)),
                    ...page.companies.map(company => item(company, connected.get(company.handle)))]);
        } catch (error) {
            say(problem, explain(error));
        }
    }

    function item(company, connection) {
        return h('li', {class: 'company'}, ...profileOf(company, connection, () => load(new FormData(search).get('q')),
            problem, true));
    }

    show(view, h('h1', {}, t('companies.title')), h('p', {class: 'hint'}, t('companies.allows')), search, problem,
        results);
    load('');
}

/** One company's profile page: logo, description, service hours, and connecting or disconnecting. */
export function company(view, handle) {
    const problem = alertBox('companyProblem');
    const card = h('section', {class: 'card company', id: 'companyProfile'});
    async function load() {
        try {
            const [found, connections] = await Promise.all([
                get('/v1/companies/' + encodeURIComponent(handle)),
                get('/v1/me/companies'),
            ]);
            const connection = connections.find(connection => connection.company.handle === handle);
            show(card, ...profileOf(found, connection, load, problem, false));
        } catch (error) {
            say(problem, explain(error));
        }
    }
    show(view, h('p', {}, h('a', {href: '#/companies'}, '← ' + t('companies.title'))), problem, card,
        h('p', {class: 'hint'}, t('companies.allows')));
    load();
}

/** Whether the company matches the query as the search matches: its name, handle or description hold it, any case. */
function found(company, query) {
    const wanted = (query || '').trim().toLowerCase();
    return [company.name, company.handle, company.description ?? ''].some(text => text.toLowerCase().includes(wanted));
}

/**
 * The company as listed or on its page; connection: the person's with it, if any. One that takes no requests now
 * (suspended) says so; it offers only disconnecting, as connecting would be refused.
 */
function profileOf(company, connection, reload, problem, linked) {
    const connected = connection !== undefined;
    const toggle = h('button', {
        type: 'button',
        class: connected ? 'secondary' : '',
        'data-company': company.handle,
        'aria-label': (connected ? t('companies.disconnect') : t('companies.connect')) + ': ' + company.name,
        onclick: async () => {
            toggle.disabled = true; // a double tap connects (or disconnects) once; the profile drawn anew says which
            try {
                await (connected ? remove : post)('/v1/me/companies/' + encodeURIComponent(company.handle));
                await reload();
            } catch (error) {
                say(problem, explain(error));
            } finally {
                toggle.disabled = false;
            }
        }}, connected ? t('companies.disconnect') : t('companies.connect'));
    const name = linked ? h('a', {href: '#/companies/' + encodeURIComponent(company.handle)}, company.name)
        : company.name;
    return [
        company.logo ? h('img', {src: company.logo, alt: '', width: 48, height: 48}) : null,
        h('div', {},
            h(linked ? 'h2' : 'h1', {}, name),
            company.description ? h('p', {}, company.description) : null,
            company.serviceHours ? h('p', {class: 'hint'}, t('companies.hours', company.serviceHours)) : null,
            connected ? h('p', {class: 'badge'}, t('companies.connected')) : null,
            company.takesRequests ? null
                : h('p', {class: 'hint'}, t(connected ? 'companies.paused' : 'companies.pausedUnconnected'))),
        connected || company.takesRequests ? toggle : null,
    ];
}
