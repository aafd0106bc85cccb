// Photos and PDFs a person attaches: checked before anything is uploaded, previewed, and pictures shown larger on a tap.
import {dataUrlOf, h} from './dom.js';
import {t} from './i18n.js';

export const MOST_BYTES = 10 * 1024 * 1024; // what the API takes per attachment (Attachments.MOST_BYTES)
export const ACCEPTED = 'image/jpeg,image/png,application/pdf';
/** As many files as the API takes with one message (Messages.MOST_ATTACHMENTS). */
export const MOST_ATTACHMENTS = 10;

/** Why the app will not send this file, in the person's language; null when it may go. */
export function refusalOf(file) {
    if (!ACCEPTED.split(',').includes(file.type)) {
        return t('problem.unsupported-attachment');
    }
    return file.size > MOST_BYTES ? t('problem.attachment-too-large') : null;
}

/** A small picture of an image, or the name of a PDF. */
export async function previewOf(file) {
    return file.type.startsWith('image/')
        ? enlargeable(h('img', {alt: file.name, class: 'thumbnail', src: await dataUrlOf(file)}))
        : h('span', {class: 'file'}, file.name);
}

/** The picture as a button that shows it at full size over the view; a tap, Escape or the close button ends that. */
export function enlargeable(image) {
    return h('button', {type: 'button', class: 'enlarge', 'aria-label': t('files.enlarge', image.alt),
        onclick: () => {
            const close = h('button', {type: 'button', class: 'secondary', id: 'closeViewer'}, t('files.close'));
            const viewer = h('dialog', {class: 'viewer', id: 'viewer', 'aria-label': image.alt},
                h('img', {src: image.src, alt: image.alt}), close);
            viewer.addEventListener('close', () => viewer.remove());
            viewer.addEventListener('click', () => viewer.close());
            document.body.append(viewer);
            viewer.showModal();
            close.focus();
        }}, image);
}
