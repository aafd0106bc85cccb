// Builds elements from text only: nothing the server or a person wrote ever becomes HTML.
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.substring(2), value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, value);
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat()) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/**
 * A form's submit handler that runs once at a time: its submit buttons stay disabled until the work is done, so a
 * double tap does not send it twice (two registrations with two SMS codes, a request closed and then refused).
 */
export function submitting(work) {
    return async event => {
        event.preventDefault();
        const form = event.currentTarget;
        if (form.dataset.busy) {
            return;
        }
        form.dataset.busy = 'true';
        const buttons = [...form.querySelectorAll('button[type=submit]')];
        buttons.forEach(button => button.disabled = true);
        try {
            await work(event, form);
        } finally {
            delete form.dataset.busy;
            buttons.forEach(button => button.disabled = false);
        }
    };
}

export function show(container, ...children) {
    container.replaceChildren();
    append(container, children);
}

/** A labelled input: the label names it for screen readers, the error below it is announced. */
export function field(id, label, attributes = {}) {
    return h('div', {class: 'field'},
        h('label', {for: id}, label),
        h('input', {id, name: id, ...attributes}));
}

/** A mobile number, with the country code the example shows. */
export function mobileNumberField(id, label) {
    return field(id, label,
        {required: true, type: 'tel', maxlength: 40, autocomplete: 'tel', placeholder: '+49 151 …'});
}

/** The six-digit code of an SMS; phones offer it from the message. Room for spaces pasted around it. */
export function codeField(id, label) {
    return field(id, label,
        {required: true, inputmode: 'numeric', pattern: '\\s*\\d{6}\\s*', maxlength: 12, autocomplete: 'one-time-code'});
}

export function alertBox(id) {
    return h('p', {id, class: 'alert', role: 'alert', hidden: true});
}

export function say(box, text) {
    box.textContent = text || '';
    box.hidden = !text;
}

/** Hands a file to the browser's downloads, under this name. */
export function save(blob, name) {
    const link = h('a', {href: URL.createObjectURL(blob), download: name});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** A file or blob as a data: URL (the page's policy allows images from data: only, not blob:). */
export function dataUrlOf(blob) {
    return new Promise(resolve => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.readAsDataURL(blob);
    });
}

let noticeWords = null; // the notice's words, asked for again when the language is switched

/**
 * A message above the view for what happened before it was drawn (back from Facebook, an account deleted); it stays
 * while the address is {@code where} and goes with the next navigation. Its words are a function that answers them in
 * the language of the moment, so that a switch of language draws them anew (redrawNotice); null says nothing.
 */
export function tell(words, problem = false, where = location.hash) {
    const notice = document.getElementById('notice');
    notice.className = problem ? 'alert' : '';
    notice.dataset.where = where;
    noticeWords = words;
    redrawNotice();
}

/** Draws the notice anew in the language of the moment. */
export function redrawNotice() {
    say(document.getElementById('notice'), noticeWords?.());
}

export function forgetNoticeElsewhere() {
    if (document.getElementById('notice').dataset.where !== location.hash) {
        noticeWords = null;
        redrawNotice();
    }
}
